//! Where uploaded bytes live: `DATA_DIR/uploads/ab/abcdef…` by SHA-256. Writes go to a
//! temporary file that is renamed into place, so a crash never leaves a half file under a
//! real name. (Several instances must share this directory, e.g. over NFS; see OPERATIONS.)

use std::path::{Path, PathBuf};

use anyhow::Context;
use sha2::{Digest, Sha256};

pub fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn path_for(data_dir: &Path, sha: &str) -> PathBuf {
    data_dir
        .join("uploads")
        .join(&sha[..2.min(sha.len())])
        .join(sha)
}

/// Stores `data` (once per content) and returns its SHA-256.
pub async fn put(data_dir: &Path, data: &[u8]) -> anyhow::Result<String> {
    let sha = sha256_hex(data);
    let path = path_for(data_dir, &sha);
    if tokio::fs::try_exists(&path).await.unwrap_or(false) {
        return Ok(sha);
    }
    let dir = path.parent().context("upload path has a parent")?;
    tokio::fs::create_dir_all(dir)
        .await
        .context("cannot create the uploads directory")?;
    let temporary = dir.join(format!(".{sha}.{}", crate::auth::secret::random_token()));
    tokio::fs::write(&temporary, data)
        .await
        .context("cannot write the upload")?;
    tokio::fs::rename(&temporary, &path)
        .await
        .context("cannot move the upload into place")?;
    Ok(sha)
}

pub async fn get(data_dir: &Path, sha: &str) -> anyhow::Result<Vec<u8>> {
    if !sha.chars().all(|c| c.is_ascii_hexdigit()) || sha.len() != 64 {
        anyhow::bail!("not a content address: {sha}");
    }
    tokio::fs::read(path_for(data_dir, sha))
        .await
        .context("cannot read the stored file")
}
