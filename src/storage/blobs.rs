//! Where uploaded bytes live (files, logos, meeting attachments), behind one interface: the
//! data directory (`DATA_DIR/uploads/ab/abcdef…`, the default) or any S3-compatible object
//! store (several instances then share it without a shared disk). Both come from the
//! `object_store` crate.
//!
//! Objects are content-addressed by their SHA-256 and written with a conditional PUT
//! ("create only if absent": `If-None-Match: *` on S3, an atomic no-replace rename on
//! disk), so two instances storing the same file at once never clash, and a crash never
//! leaves a half-written object under a real name.

use std::sync::Arc;

use anyhow::Context;
use object_store::aws::{AmazonS3Builder, S3ConditionalPut};
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutMode, PutOptions, PutPayload};

use crate::config::{Config, UploadStore};

/// Makes ring the TLS crypto provider of every rustls client in the process (the object
/// store's HTTP client has none of its own). Safe to call more than once.
pub fn install_crypto_provider() {
    // An error only means a provider was installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The upload store. Cheap to clone.
#[derive(Clone)]
pub struct Blobs {
    store: Arc<dyn ObjectStore>,
    /// Where, for messages: the directory or `s3://bucket at endpoint`.
    pub described: String,
}

impl std::fmt::Debug for Blobs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Blobs({})", self.described)
    }
}

impl Blobs {
    /// The store the configuration names (no network contact yet: see [`Blobs::check`]).
    pub fn from_config(config: &Config) -> anyhow::Result<Blobs> {
        match &config.uploads {
            UploadStore::Local => {
                let dir = config.data_dir.join("uploads");
                std::fs::create_dir_all(&dir).with_context(|| {
                    format!("cannot create the uploads directory {}", dir.display())
                })?;
                let store = LocalFileSystem::new_with_prefix(&dir)
                    .with_context(|| format!("cannot use {} for uploads", dir.display()))?;
                Ok(Blobs {
                    store: Arc::new(store),
                    described: dir.display().to_string(),
                })
            }
            UploadStore::S3 {
                bucket,
                endpoint,
                region,
                access_key_id,
                secret_access_key,
            } => {
                install_crypto_provider();
                let mut builder = AmazonS3Builder::new()
                    .with_bucket_name(bucket)
                    .with_region(region)
                    .with_conditional_put(S3ConditionalPut::ETagMatch);
                if let Some(endpoint) = endpoint {
                    builder = builder
                        .with_endpoint(endpoint)
                        .with_allow_http(endpoint.starts_with("http://"));
                }
                if let (Some(id), Some(secret)) = (access_key_id, secret_access_key) {
                    builder = builder
                        .with_access_key_id(id)
                        .with_secret_access_key(secret);
                }
                let store = builder.build().context("invalid object store settings")?;
                let at = endpoint.as_deref().unwrap_or("Amazon S3");
                Ok(Blobs {
                    store: Arc::new(store),
                    described: format!("s3://{bucket} at {at}"),
                })
            }
        }
    }

    /// Writes `data` under `key` unless an object is there already (same key, same
    /// content: content addressing makes that a success).
    pub async fn put_new(&self, key: &str, data: Vec<u8>) -> anyhow::Result<()> {
        let options = PutOptions {
            mode: PutMode::Create,
            ..PutOptions::default()
        };
        match self
            .store
            .put_opts(&ObjectPath::from(key), PutPayload::from(data), options)
            .await
        {
            Ok(_) | Err(object_store::Error::AlreadyExists { .. }) => Ok(()),
            Err(error) => Err(anyhow::Error::new(error)
                .context(format!("cannot store {key} in {}", self.described))),
        }
    }

    /// Whether an object is stored under `key`.
    pub async fn exists(&self, key: &str) -> anyhow::Result<bool> {
        match self.store.head(&ObjectPath::from(key)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(error) => Err(error.into()),
        }
    }

    /// The bytes stored under `key`.
    pub async fn get(&self, key: &str) -> anyhow::Result<Vec<u8>> {
        let found = self
            .store
            .get(&ObjectPath::from(key))
            .await
            .with_context(|| format!("cannot read {key} from {}", self.described))?;
        Ok(found.bytes().await?.to_vec())
    }

    /// Contacts the store once (at start), so a wrong address, bucket or key says so at
    /// once instead of at the first upload.
    pub async fn check(&self) -> anyhow::Result<()> {
        self.exists("coproduce-check")
            .await
            .map(|_| ())
            .with_context(|| format!("cannot reach the upload store {}", self.described))
    }
}
