//! Running a batch of statements as one unit, as far as the database allows.
//!
//! Every change ast-schema makes is a list of changes (DDL or data) followed by its
//! bookkeeping (version row, history row). [`run_unit`] runs them: where DDL is
//! transactional (PostgreSQL, SQLite) all of it is one transaction, rolled back at
//! the first failure; on MySQL/MariaDB, whose DDL commits by itself, the changes run
//! one by one, each followed by a progress mark on the step's history row when one
//! is given ([`Tracking`]), and the bookkeeping commits as one transaction after
//! them. Bookkeeping statements can insist they change exactly one row (a version
//! row that another runner moved is an error, not a silent no-op). A [`Failure`]
//! says which statement failed and what stayed applied.

use crate::db::driver::{Connection, DbError};
use crate::db::history;
use crate::error::DbErrorKind;

/// Which part of a unit failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The change at this 0-based index.
    Change(usize),
    /// Marking progress on the history row after this many changes had run.
    Progress(usize),
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
            (false, Stage::Change(i)) | (false, Stage::Progress(i)) => i,
            (false, _) => self.changes,
        }
    }

    /// "statement 3 of 9", "recording the version" or "BEGIN"/"COMMIT", for
    /// messages.
    pub fn position(&self) -> String {
        match self.stage {
            Stage::Change(i) => format!("statement {} of {}", i + 1, self.changes),
            Stage::Progress(i) => format!("recording progress after statement {i}"),
            Stage::Bookkeeping => "recording the version".to_string(),
            Stage::Transaction => self.sql.clone(),
        }
    }

    /// The signal that stopped the unit before its next change, if that is why.
    pub fn stopped(&self) -> Option<i32> {
        match self.error.kind {
            DbErrorKind::Stopped(sig) => Some(sig),
            _ => None,
        }
    }

    /// Whether the connection was lost, so that nobody knows whether the failing
    /// statement took effect.
    pub fn connection_lost(&self) -> bool {
        self.error.kind == DbErrorKind::Unreachable
    }
}

/// A bookkeeping statement; `one_row` insists it changes exactly one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booked {
    pub sql: String,
    pub one_row: bool,
}

impl Booked {
    /// A statement that must change exactly one row (a version or history row).
    pub fn one(sql: String) -> Booked {
        Booked { sql, one_row: true }
    }

    /// A statement whose row count does not matter.
    pub fn any(sql: String) -> Booked {
        Booked {
            sql,
            one_row: false,
        }
    }
}

/// The history row of a step that cannot be one transaction, and how many of its
/// changes had already run (a resumed step starts there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tracking {
    pub id: i64,
    pub start: usize,
}

/// Runs `changes`, then the statements `bookkeeping` returns once the changes have
/// run (so it can record how long they took), as one unit (see the module doc),
/// calling `on_statement` before each. With `tracking`, the changes before
/// `tracking.start` are taken as already done, and on MySQL each change is followed
/// by a progress mark on the history row.
pub fn run_unit(
    conn: &mut dyn Connection,
    changes: &[String],
    bookkeeping: &mut dyn FnMut() -> Vec<Booked>,
    tracking: Option<Tracking>,
    on_statement: &mut dyn FnMut(&str),
) -> Result<(), Failure> {
    let transactional = conn.dialect().transactional_ddl();
    let n = changes.len();
    let start = tracking.map_or(0, |t| t.start.min(n));
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
    for (i, sql) in changes.iter().enumerate().skip(start) {
        // Where each change commits by itself, a stop asked for (SIGINT/SIGTERM)
        // is honoured between them: the progress mark says how far it got.
        if let (false, true, Some(sig)) = (transactional, i > start, crate::interrupt::requested())
        {
            let e = DbError::new(
                DbErrorKind::Stopped(sig),
                format!("stopped by {}", crate::interrupt::name(sig)),
            );
            return Err(fail(Stage::Change(i), sql, e, false));
        }
        on_statement(sql);
        if let Err(e) = conn.execute(sql) {
            if transactional {
                let _ = conn.execute("ROLLBACK");
            }
            return Err(fail(Stage::Change(i), sql, e, transactional || i == 0));
        }
        if let (false, Some(t)) = (transactional, tracking) {
            let mark = history::progress_sql(t.id, i + 1);
            conn.execute(&mark)
                .map_err(|e| fail(Stage::Progress(i + 1), &mark, e, false))?;
        }
    }
    let books = bookkeeping();
    if !transactional {
        if books.is_empty() {
            return Ok(());
        }
        conn.execute("START TRANSACTION")
            .map_err(|e| fail(Stage::Transaction, "START TRANSACTION", e, undone_after))?;
    }
    for b in &books {
        on_statement(&b.sql);
        let result = if b.one_row {
            conn.execute_counted(&b.sql).and_then(|rows| match rows {
                1 => Ok(()),
                n => Err(DbError::new(
                    DbErrorKind::Other,
                    format!(
                        "it changed {n} rows instead of 1 (another process changed the version meanwhile?)"
                    ),
                )),
            })
        } else {
            conn.execute(&b.sql)
        };
        if let Err(e) = result {
            let _ = conn.execute("ROLLBACK");
            return Err(fail(Stage::Bookkeeping, &b.sql, e, undone_after));
        }
    }
    if let Err(e) = conn.execute("COMMIT") {
        let _ = conn.execute("ROLLBACK");
        return Err(fail(Stage::Transaction, "COMMIT", e, undone_after));
    }
    Ok(())
}
