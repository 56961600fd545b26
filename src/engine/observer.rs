//! Hearing about a run as it happens: progress lines, `-v` statements, JSON.
//!
//! The engine calls an [`Observer`] at each event; the CLI's progress printer is one,
//! [`Silent`] ignores everything.

use std::time::Duration;

use crate::db::lock_wait::Holder;
use crate::definitions::revision::Tree;
use crate::engine::plan::{PlannedStep, Reconciliation};

/// What happened in one applied step.
#[derive(Debug, Clone)]
pub struct StepDone<'a> {
    pub step: &'a PlannedStep,
    pub index: usize,
    pub total: usize,
    pub elapsed: Duration,
}

/// A change hit its bounded lock wait (`--ddl-lock-timeout`) and will be tried
/// again after `retry_in`.
#[derive(Debug, Clone)]
pub struct LockWait<'a> {
    pub step: &'a PlannedStep,
    /// "statement 2 of 3".
    pub position: String,
    /// The statement, shortened.
    pub statement: String,
    /// The table it waited for, where its text says.
    pub table: Option<String>,
    /// Who holds the lock; `None` where the server cannot say.
    pub holders: Option<Vec<Holder>>,
    /// What the holders' ids are ("pid", "thread").
    pub id_word: &'static str,
    /// The try that hit the bound (1 for the first).
    pub attempt: u32,
    /// Time since the step first hit the bound.
    pub waited: std::time::Duration,
    pub retry_in: std::time::Duration,
    pub bound: std::time::Duration,
    /// The bound as the server applies it (MySQL's are whole seconds).
    pub applied: std::time::Duration,
    pub budget: std::time::Duration,
}

impl LockWait<'_> {
    /// "held by pid 42 (user ...)", or why nobody is named.
    pub fn holders_text(&self) -> String {
        match &self.holders {
            None => "the database does not say who holds it".to_string(),
            Some(h) if h.is_empty() => {
                "no session was found holding it (it may have just finished)".to_string()
            }
            Some(h) => format!(
                "held by {}",
                h.iter()
                    .map(|x| x.describe(self.id_word))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    /// "a lock on table cdr" or "a lock".
    pub fn what(&self) -> String {
        match (&self.table, self.id_word) {
            (Some(t), _) => format!("a lock on table {t}"),
            (None, "process") => "a lock on the database file".to_string(),
            (None, _) => "a lock".to_string(),
        }
    }
}

/// Hears about a run as it happens (progress lines, `-v`, JSON).
pub trait Observer {
    /// The lock is held by another ast-schema; we are waiting.
    fn waiting_for_lock(&mut self, _tree: &str) {}
    /// A change waited for another session's lock as long as it may; the step is
    /// tried again.
    fn lock_wait(&mut self, _wait: &LockWait<'_>) {}
    /// A revision is about to run.
    fn step_started(&mut self, _step: &PlannedStep, _index: usize, _total: usize) {}
    /// A statement is about to run.
    fn statement(&mut self, _sql: &str) {}
    fn step_done(&mut self, _done: &StepDone<'_>) {}
    /// A fresh database was built at revision `to` in one go (the fast path).
    fn fast_path_done(&mut self, _tree: &Tree, _to: usize, _elapsed: Duration) {}
    /// The database was reconciled onto another chain at the same revision.
    fn reconciled(&mut self, _r: &Reconciliation, _elapsed: Duration) {}
}

/// An observer that ignores everything.
pub struct Silent;
impl Observer for Silent {}
