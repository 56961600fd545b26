//! One runner at a time: the lock every command that changes a database takes.
//!
//! The lock is per database and tree: `pg_advisory_lock` on PostgreSQL,
//! `GET_LOCK('ast_schema.<db>.<tree>')` on MySQL/MariaDB, an exclusive lock on
//! `<file>.lock` beside a SQLite database. A second runner polls until the first
//! releases it or `--lock-timeout` passes. The database releases the lock by itself
//! when a holder's connection ends, so a killed runner cannot leave it stuck.

use std::time::{Duration, Instant};

use crate::db::driver::Connection;
use crate::error::Error;

/// Takes the lock for `tree`, waiting at most `timeout`. `on_wait` is called once
/// when the lock is busy, so the caller can say why it is waiting.
pub fn acquire(
    conn: &mut dyn Connection,
    tree: &str,
    timeout: Duration,
    on_wait: &mut dyn FnMut(),
) -> Result<(), Error> {
    let started = Instant::now();
    let mut pause = Duration::from_millis(20);
    let mut told = false;
    loop {
        let got = conn
            .try_lock(tree)
            .map_err(|e| Error::Database(format!("cannot take the ast-schema lock: {e}")))?;
        if got {
            return Ok(());
        }
        if !told {
            on_wait();
            told = true;
        }
        let waited = started.elapsed();
        if waited >= timeout {
            return Err(Error::LockTimeout(format!(
                "another ast-schema has held the lock for tree {tree} for {} s (--lock-timeout); is a migration still running?",
                waited.as_secs()
            )));
        }
        std::thread::sleep(pause.min(timeout - waited));
        pause = (pause * 2).min(Duration::from_millis(250));
    }
}

/// Releases the lock; errors are ignored because closing the connection releases
/// it anyway.
pub fn release(conn: &mut dyn Connection, tree: &str) {
    let _ = conn.unlock(tree);
}

/// Runs `work` while holding the lock for `tree` (see [`acquire`]), releasing it
/// afterwards whatever `work` returns.
pub fn with_lock<T>(
    conn: &mut dyn Connection,
    tree: &str,
    timeout: Duration,
    on_wait: &mut dyn FnMut(),
    work: impl FnOnce(&mut dyn Connection) -> Result<T, Error>,
) -> Result<T, Error> {
    acquire(conn, tree, timeout, on_wait)?;
    let _stop_at_clean_point = crate::interrupt::guard();
    let result = work(conn);
    release(conn, tree);
    result
}
