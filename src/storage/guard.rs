//! Guarding against a SQLite database that disappeared while Coproduce was using it (or
//! between two starts): a marker file beside the database says one was created here, so a
//! start that finds the marker but not the database refuses to make a fresh, empty one
//! unless asked to with `--init`; and the live file's identity (device and inode), which
//! `/healthz` checks, so a database deleted or replaced under a running server is reported
//! at once instead of acknowledged writes going nowhere.

use std::path::{Path, PathBuf};

use anyhow::bail;

/// The marker's name, beside the database file.
pub const MARKER: &str = ".coproduce-database";

/// The file a `sqlite:` URL names (`None` for PostgreSQL or an in-memory database).
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && !path.contains(":memory:")).then(|| PathBuf::from(path))
}

fn marker_for(file: &Path) -> PathBuf {
    file.with_file_name(MARKER)
}

/// Refuses to start on a SQLite database that was created here before and is now
/// missing, unless `init` (the person asked for a fresh database).
pub fn check_present(url: &str, init: bool) -> anyhow::Result<()> {
    let Some(file) = sqlite_file(url) else {
        return Ok(());
    };
    if !init && !file.exists() && marker_for(&file).exists() {
        bail!(
            "the database {} is missing, though one was created there before: restore it \
             from a backup (`coproduce restore FILE`), or start with an empty one by adding \
             --init",
            file.display()
        );
    }
    Ok(())
}

/// Records that the database now exists here (see [`check_present`]).
pub fn mark_created(url: &str) -> anyhow::Result<()> {
    if let Some(file) = sqlite_file(url) {
        let marker = marker_for(&file);
        if !marker.exists() {
            std::fs::write(
                &marker,
                "Coproduce created its database beside this file; see docs/OPERATIONS.md.\n",
            )?;
        }
    }
    Ok(())
}

/// Which file a running server is using.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileIdentity {
    path: PathBuf,
    device: u64,
    inode: u64,
}

impl FileIdentity {
    /// The identity of the file at `path`, if it exists.
    pub fn of(path: &Path) -> Option<FileIdentity> {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        Some(FileIdentity {
            path: path.to_path_buf(),
            device: meta.dev(),
            inode: meta.ino(),
        })
    }

    /// Whether the same file is still at its path (not deleted, not replaced).
    pub fn still_there(&self) -> bool {
        FileIdentity::of(&self.path).as_ref() == Some(self)
    }
}
