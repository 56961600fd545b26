//! Running a batch of statements as one unit, as far as the database allows.
//!
//! Every change ast-schema makes is a list of changes (DDL or data) followed by its
//! bookkeeping (version row, history row). [`run_unit`] runs them: where DDL is
//! transactional (PostgreSQL, SQLite) all of it is one transaction, rolled back at
//! the first failure; on MySQL/MariaDB, whose DDL commits by itself, the changes run
//! one by one and the bookkeeping commits as one transaction after them. A
//! [`Failure`] says which statement failed and what stayed applied, so callers can
//! tell the operator exactly where the database stands.

use crate::db::driver::{Connection, DbError};

/// Which part of a unit failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The change at this 0-based index.
    Change(usize),
    /// Writing the bookkeeping (version or history row), after every change ran.
    Bookkeeping,
    /// Opening or committing the transaction.
    Transaction,
}

/// Where a unit stopped.
#[derive(Debug, Clone)]
pub struct Failure {
    pub stage: Stage,
    /// How many changes there were.
    pub changes: usize,
    /// The statement that failed.
    pub sql: String,
    pub error: DbError,
    /// Whether everything was rolled back: the database is as it was before.
    pub undone: bool,
}

impl Failure {
    /// How many changes stayed applied.
    pub fn changes_applied(&self) -> usize {
        match (self.undone, self.stage) {
            (true, _) => 0,
            (false, Stage::Change(i)) => i,
            (false, _) => self.changes,
        }
    }

    /// "statement 3 of 9", "recording the version" or "the transaction's
    /// BEGIN/COMMIT", for messages.
    pub fn position(&self) -> String {
        match self.stage {
            Stage::Change(i) => format!("statement {} of {}", i + 1, self.changes),
            Stage::Bookkeeping => "recording the version".to_string(),
            Stage::Transaction => self.sql.clone(),
        }
    }
}

/// Runs `changes`, then the statements `bookkeeping` returns once the changes have
/// run (so it can record how long they took), as one unit (see the module doc),
/// calling `on_statement` before each.
pub fn run_unit(
    conn: &mut dyn Connection,
    changes: &[String],
    bookkeeping: &mut dyn FnMut() -> Vec<String>,
    on_statement: &mut dyn FnMut(&str),
) -> Result<(), Failure> {
    let transactional = conn.dialect().transactional_ddl();
    let n = changes.len();
    let fail = |stage: Stage, sql: &str, error: DbError, undone: bool| Failure {
        stage,
        changes: n,
        sql: sql.to_string(),
        error,
        undone,
    };
    // What a failure after the changes leaves: nothing where it all rolls back.
    let undone_after = transactional || n == 0;
    if transactional {
        conn.execute("BEGIN")
            .map_err(|e| fail(Stage::Transaction, "BEGIN", e, true))?;
    }
    for (i, sql) in changes.iter().enumerate() {
        on_statement(sql);
        if let Err(e) = conn.execute(sql) {
            if transactional {
                let _ = conn.execute("ROLLBACK");
            }
            return Err(fail(Stage::Change(i), sql, e, transactional || i == 0));
        }
    }
    let books = bookkeeping();
    if !transactional {
        if books.is_empty() {
            return Ok(());
        }
        conn.execute("START TRANSACTION")
            .map_err(|e| fail(Stage::Transaction, "START TRANSACTION", e, n == 0))?;
    }
    for sql in &books {
        on_statement(sql);
        if let Err(e) = conn.execute(sql) {
            let _ = conn.execute("ROLLBACK");
            return Err(fail(Stage::Bookkeeping, sql, e, undone_after));
        }
    }
    if let Err(e) = conn.execute("COMMIT") {
        let _ = conn.execute("ROLLBACK");
        return Err(fail(Stage::Transaction, "COMMIT", e, undone_after));
    }
    Ok(())
}
