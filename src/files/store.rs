//! Uploaded bytes by content: each stored once under its SHA-256 in the upload store
//! (`storage::blobs`: the data directory or an S3-compatible object store).

use sha2::{Digest, Sha256};

use crate::storage::blobs::Blobs;

pub fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The object key of content `sha`: `ab/abcdef…` (the layout of the uploads directory).
fn key_for(sha: &str) -> String {
    format!("{}/{sha}", &sha[..2.min(sha.len())])
}

/// Stores `data` (once per content, whichever instance stores it first) and returns its
/// SHA-256.
pub async fn put(blobs: &Blobs, data: &[u8]) -> anyhow::Result<String> {
    let sha = sha256_hex(data);
    let key = key_for(&sha);
    if !blobs.exists(&key).await? {
        blobs.put_new(&key, data.to_vec()).await?;
    }
    Ok(sha)
}

pub async fn get(blobs: &Blobs, sha: &str) -> anyhow::Result<Vec<u8>> {
    if !sha.chars().all(|c| c.is_ascii_hexdigit()) || sha.len() != 64 {
        anyhow::bail!("not a content address: {sha}");
    }
    blobs.get(&key_for(sha)).await
}
