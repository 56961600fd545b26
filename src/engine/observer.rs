//! Hearing about a run as it happens: progress lines, `-v` statements, JSON.
//!
//! The engine calls an [`Observer`] at each event; the CLI's progress printer is one,
//! [`Silent`] ignores everything.

use std::time::Duration;

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

/// Hears about a run as it happens (progress lines, `-v`, JSON).
pub trait Observer {
    /// The lock is held by another ast-schema; we are waiting.
    fn waiting_for_lock(&mut self, _tree: &str) {}
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
