//! The client's address: the TCP peer, or, when the peer is a trusted reverse proxy, the
//! nearest untrusted address in `X-Forwarded-For`.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::{Extensions, HeaderMap};

pub fn client_ip(headers: &HeaderMap, extensions: &Extensions, trusted: &[IpAddr]) -> IpAddr {
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    if !trusted.contains(&peer) {
        return peer;
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|part| part.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(peer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::Request;

    fn ip_of(req: &Request<Body>, trusted: &[IpAddr]) -> IpAddr {
        client_ip(req.headers(), req.extensions(), trusted)
    }

    fn request(peer: &str, forwarded: Option<&str>) -> Request<Body> {
        let mut req = Request::new(Body::empty());
        if let Some(f) = forwarded {
            if let Ok(value) = f.parse() {
                req.headers_mut().insert("x-forwarded-for", value);
            }
        }
        if let Ok(addr) = peer.parse::<SocketAddr>() {
            req.extensions_mut().insert(ConnectInfo(addr));
        }
        req
    }

    #[test]
    fn forwarded_header_is_believed_only_from_trusted_proxies() {
        let proxy: IpAddr = [10, 0, 0, 1].into();
        let spoofed = request("203.0.113.9:5000", Some("198.51.100.1"));
        assert_eq!(ip_of(&spoofed, &[proxy]), IpAddr::from([203, 0, 113, 9]));
        let proxied = request("10.0.0.1:5000", Some("198.51.100.1, 192.0.2.7"));
        assert_eq!(ip_of(&proxied, &[proxy]), IpAddr::from([192, 0, 2, 7]));
    }
}
