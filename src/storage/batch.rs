//! Group commit for small, independent writes on SQLite. SQLite pays one `fsync` per
//! commit (`synchronous=FULL`), so many people writing at once wait for each other's
//! disk flushes. [`Db::write_batched`] hands a piece of work to this process's batch
//! writer, which runs up to [`MAX_BATCH`] waiting pieces in one transaction, each inside
//! its own savepoint (a piece that fails is rolled back alone and told at once), commits
//! once, and only then tells the others their work is kept; if the commit fails, every
//! piece in it is told so and none was kept. On PostgreSQL each piece simply runs in its
//! own transaction (PostgreSQL already flushes concurrent commits together).

use futures_util::future::BoxFuture;
use tokio::sync::{mpsc, oneshot};

use super::{Backend, Db};
use crate::error::{AppError, AppResult};

/// The most pieces committed together.
pub const MAX_BATCH: usize = 64;

/// How a piece's outcome is reported once the batch's commit is known.
type Report = Box<dyn FnOnce(bool) + Send>;

/// A piece of work: it runs on the batch's connection and says whether it succeeded (a
/// failed piece's writes are rolled back to its savepoint) and how to report its outcome.
type Piece =
    Box<dyn for<'c> FnOnce(&'c mut sqlx::AnyConnection) -> BoxFuture<'c, (bool, Report)> + Send>;

/// The sending side of this process's batch writer for one database.
#[derive(Debug, Default)]
pub struct Batcher {
    sender: std::sync::OnceLock<mpsc::UnboundedSender<Piece>>,
}

impl Db {
    /// Runs `work` in a write transaction, committed together with other writers' work
    /// waiting at the same moment (SQLite), or on its own (PostgreSQL). Returns once the
    /// commit that holds it has succeeded; an error from `work` undoes only `work`.
    pub async fn write_batched<R, F>(&self, work: F) -> AppResult<R>
    where
        R: Send + 'static,
        F: for<'c> FnOnce(&'c mut sqlx::AnyConnection) -> BoxFuture<'c, AppResult<R>>
            + Send
            + 'static,
    {
        if self.backend == Backend::Postgres {
            let mut tx = self.begin_write().await?;
            let result = work(&mut tx).await?;
            tx.commit().await?;
            return Ok(result);
        }
        let (reply, answer) = oneshot::channel::<AppResult<R>>();
        let piece: Piece = Box::new(move |conn| {
            Box::pin(async move {
                let outcome = work(conn).await;
                let ok = outcome.is_ok();
                let report: Report = Box::new(move |committed| {
                    let _ = reply.send(match outcome {
                        Ok(r) if committed => Ok(r),
                        Ok(_) => Err(AppError::Internal(anyhow::anyhow!(
                            "the batch's commit failed"
                        ))),
                        Err(e) => Err(e),
                    });
                });
                (ok, report)
            })
        });
        let sender = self.batcher.sender.get_or_init(|| {
            let (sender, receiver) = mpsc::unbounded_channel();
            // The writer's handle has no batcher of its own, so that when every handle
            // to the database is gone the channel closes and the writer ends.
            let worker = Db {
                batcher: Default::default(),
                ..self.clone()
            };
            tokio::spawn(run(worker, receiver));
            sender
        });
        sender
            .send(piece)
            .map_err(|_| AppError::Internal(anyhow::anyhow!("the batch writer has stopped")))?;
        answer
            .await
            .map_err(|_| AppError::Internal(anyhow::anyhow!("the batch writer dropped a write")))?
    }
}

/// The batch writer: waits for a piece, takes whatever else is waiting (up to
/// [`MAX_BATCH`]), and commits them together.
async fn run(db: Db, mut receiver: mpsc::UnboundedReceiver<Piece>) {
    while let Some(first) = receiver.recv().await {
        let mut pieces = vec![first];
        while pieces.len() < MAX_BATCH {
            match receiver.try_recv() {
                Ok(piece) => pieces.push(piece),
                Err(_) => break,
            }
        }
        let mut reports: Vec<Report> = Vec::with_capacity(pieces.len());
        let mut tx = match db.begin_write().await {
            Ok(tx) => tx,
            Err(e) => {
                // Nothing ran: dropping the pieces tells each caller its write was not kept.
                tracing::warn!(error = %e, "a batch of writes could not start");
                continue;
            }
        };
        let mut broken = false;
        for piece in pieces {
            if broken
                || sqlx::query("SAVEPOINT piece")
                    .execute(&mut *tx)
                    .await
                    .is_err()
            {
                broken = true;
                continue;
            }
            let (ok, report) = piece(&mut tx).await;
            if !ok {
                // Undo this piece alone; it reports its own error whatever the commit.
                broken = sqlx::query("ROLLBACK TO piece")
                    .execute(&mut *tx)
                    .await
                    .is_err();
            }
            broken |= sqlx::query("RELEASE piece")
                .execute(&mut *tx)
                .await
                .is_err();
            reports.push(report);
        }
        let committed = !broken && tx.commit().await.is_ok();
        for report in reports {
            report(committed);
        }
    }
}
