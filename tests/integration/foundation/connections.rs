//! Slow and silent connections are closed (issue #11, finding 4): the server's header-read
//! limit covers a connection that sends nothing, one that dribbles its headers and one left
//! idle after a response; the request limit covers a body that never finishes.

use std::time::Duration;

use coproduce::server::listen::{serve_connections, ConnectionLimits};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::util::TestApp;

/// How long the test waits before calling a connection "held open": far beyond the limits
/// set below, so a slow machine does not make it fail.
const HELD_OPEN: Duration = Duration::from_secs(30);

async fn server() -> (TestApp, std::net::SocketAddr) {
    let app = TestApp::with_config(|config| {
        config.request_timeout = Duration::from_secs(2);
        config.header_timeout = Duration::from_secs(1);
    })
    .await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let limits = ConnectionLimits {
        header_read: app.state.config.header_timeout,
        ..ConnectionLimits::default()
    };
    tokio::spawn(serve_connections(
        listener,
        app.router.clone(),
        limits,
        std::future::pending(),
    ));
    (app, address)
}

/// Reads until the server closes the connection; `None` if it is still open after
/// [`HELD_OPEN`].
async fn read_until_closed(stream: &mut TcpStream) -> Option<String> {
    let mut seen = Vec::new();
    let mut buffer = [0u8; 4096];
    let outcome = tokio::time::timeout(HELD_OPEN, async {
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => seen.extend_from_slice(&buffer[..n]),
            }
        }
    })
    .await;
    outcome
        .ok()
        .map(|()| String::from_utf8_lossy(&seen).into_owned())
}

#[tokio::test]
async fn a_connection_that_sends_nothing_is_closed() {
    let (_app, address) = server().await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    assert!(
        read_until_closed(&mut stream).await.is_some(),
        "a silent connection was still open after {HELD_OPEN:?}"
    );
}

#[tokio::test]
async fn headers_sent_slowly_are_cut_off() {
    let (_app, address) = server().await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n")
        .await
        .unwrap();
    assert!(
        read_until_closed(&mut stream).await.is_some(),
        "a connection with unfinished headers was still open after {HELD_OPEN:?}"
    );
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed_after_its_answer() {
    let (_app, address) = server().await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let seen = read_until_closed(&mut stream)
        .await
        .expect("an idle kept-alive connection was still open");
    assert!(seen.starts_with("HTTP/1.1 200"), "{seen}");
}

#[tokio::test]
async fn a_body_that_never_finishes_gets_408() {
    let (_app, address) = server().await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(
            b"POST /sign-in HTTP/1.1\r\nHost: localhost\r\n\
              Content-Type: application/x-www-form-urlencoded\r\n\
              Content-Length: 1000\r\n\r\nemail=someone",
        )
        .await
        .unwrap();
    let seen = read_until_closed(&mut stream)
        .await
        .expect("a request with an unfinished body was still open");
    assert!(seen.starts_with("HTTP/1.1 408"), "{seen}");
}
