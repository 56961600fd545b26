//! Execution: running a plan on a live database, revision by revision, and saying
//! exactly where the database stands when a statement fails.
//!
//! Each revision is one unit (`db::unit`): its statements, then its version-table
//! update and history row. On PostgreSQL and SQLite a failure rolls the revision
//! back; on MySQL, whose DDL commits at once, the message says which statements of
//! the revision had already run and how to recover.

use std::time::{Duration, Instant};

use crate::db::driver::{Connection, DbError};
use crate::db::history::{self, Action, Method, Status};
use crate::db::lock_wait;
use crate::db::unit::{run_unit, Booked, Failure, Stage, Tracking};
use crate::db::version::{self, DbState, VersionSource};
use crate::definitions::revision::Tree;
use crate::engine::observer::{LockWait, Observer, StepDone};
use crate::engine::plan::{Direction, Plan, PlannedStep};
use crate::error::{DbErrorKind, Error};

/// One revision as it was applied.
#[derive(Debug, Clone)]
pub struct StepRecord {
    pub direction: Direction,
    pub revision: &'static str,
    pub message: &'static str,
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
    /// `None` when the revision was built together with others (fast path).
    pub elapsed: Option<Duration>,
}

/// What a run did.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub tree: Tree,
    pub from: usize,
    pub to: usize,
    /// How the change was made; `None` when there was nothing to do.
    pub method: Option<Method>,
    pub steps: Vec<StepRecord>,
    /// Time spent changing the database (zero when nothing was done).
    pub elapsed: Duration,
    /// What a reconciliation changed on the way (empty when none was needed).
    pub reconciled: Vec<String>,
    /// What was found of an interrupted earlier run and done about it.
    pub recovered: Option<String>,
}

impl Outcome {
    /// A run that found the database already at `pos`.
    pub fn nothing(tree: &Tree, pos: usize) -> Outcome {
        Outcome {
            tree: *tree,
            from: pos,
            to: pos,
            method: None,
            steps: Vec::new(),
            elapsed: Duration::ZERO,
            reconciled: Vec::new(),
            recovered: None,
        }
    }
}

/// Brings the bookkeeping tables into shape before the first change: renames a
/// legacy `alembic_version` or creates the tree's version table, and creates
/// `ast_schema_history` when missing.
pub fn prepare_tables(conn: &mut dyn Connection, tree: &Tree, st: &DbState) -> Result<(), Error> {
    let d = conn.dialect();
    let table = tree.version_table();
    let mut sqls = Vec::new();
    match st.source {
        VersionSource::TreeTable => {}
        VersionSource::Legacy => sqls.push(version::rename_legacy_sql(d, &table)),
        VersionSource::Missing => sqls.push(version::create_table_sql(d, &table)),
    }
    if st.has_table(history::TABLE) {
        sqls.extend(history::upgrade_sql(conn));
    } else {
        sqls.push(history::create_shared_sql(d));
    }
    for sql in sqls {
        conn.execute(&sql)
            .map_err(|e| db_failure(&format!("cannot prepare {table}"), &e))?;
    }
    Ok(())
}

/// A database failure outside a migration step, as an error (a permission problem
/// gets its own exit code).
pub fn db_failure(what: &str, e: &DbError) -> Error {
    match e.kind {
        DbErrorKind::Permission => {
            Error::Permission(format!("{what}: {e} (does the user have DDL rights?)"))
        }
        kind => Error::failed_change(kind, format!("{what}: {e}")),
    }
}

/// Applies a plan, one revision at a time, recording each in `ast_schema_history`.
pub fn apply(
    conn: &mut dyn Connection,
    plan: &Plan,
    obs: &mut dyn Observer,
) -> Result<Vec<StepRecord>, Error> {
    let total = plan.steps.len();
    let mut done = Vec::with_capacity(total);
    for (index, s) in plan.steps.iter().enumerate() {
        if let Some(signal) = crate::interrupt::requested() {
            return Err(stopped_between(signal, s, index, total));
        }
        obs.step_started(s, index, total);
        let elapsed = run_step(conn, &plan.tree, s, None, obs)?;
        obs.step_done(&StepDone {
            step: s,
            index,
            total,
            elapsed,
        });
        done.push(StepRecord {
            direction: s.direction,
            revision: s.revision,
            message: s.message,
            from: s.from,
            to: s.to,
            elapsed: Some(elapsed),
        });
    }
    Ok(done)
}

/// A run stopped by a signal before step `index` of `total`.
fn stopped_between(signal: i32, next: &PlannedStep, index: usize, total: usize) -> Error {
    let at = next.from.unwrap_or("base");
    let msg = format!(
        "stopped by {} before {} ({index} of {total} revision(s) done): the database is at {at}, \
         cleanly; the same command continues from there",
        crate::interrupt::name(signal),
        next.label()
    );
    Error::Stopped { signal, msg }
}

/// The history action of a step's direction.
pub fn action(dir: Direction) -> Action {
    match dir {
        Direction::Upgrade => Action::Upgrade,
        Direction::Downgrade => Action::Downgrade,
    }
}

/// Runs one revision: where it cannot be one transaction, with a `started`
/// history row written first and advanced statement by statement; `resume` is the
/// row of an interrupted run of this very step and how far it got.
pub fn run_step(
    conn: &mut dyn Connection,
    tree: &Tree,
    s: &PlannedStep,
    resume: Option<Tracking>,
    obs: &mut dyn Observer,
) -> Result<Duration, Error> {
    let d = conn.dialect();
    let table = tree.version_table();
    let started = Instant::now();
    let checksum = tree
        .position(s.revision)
        .map(|p| tree.at(p).sha256)
        .ok_or_else(|| {
            Error::InvalidMigration(format!(
                "revision {} is not in the plan's tree {}",
                s.revision, tree.name
            ))
        })?;
    let entry = |status: Status, ms: u128| history::Entry {
        tree: tree.name,
        revision: s.revision,
        action: action(s.direction),
        from: s.from,
        to: s.to,
        checksum,
        method: Method::Replay,
        duration_ms: ms,
        status,
    };
    let mut tracking = tracking(conn, tree.name, resume, &entry(Status::Started, 0))?;
    let tracked = tracking.map(|t| t.id);
    let mut bookkeeping = || {
        let ms = started.elapsed().as_millis();
        let mut v: Vec<Booked> = version::move_sql(d, &table, s.from, s.to)
            .into_iter()
            .map(Booked::one)
            .collect();
        v.push(Booked::one(match tracked {
            Some(id) => history::close_sql(d, id, Status::Done, ms),
            None => history::insert_sql(d, &entry(Status::Done, ms)),
        }));
        v
    };
    let bounds = lock_wait::get();
    let mut first_hit: Option<Instant> = None;
    let mut polling: Option<Instant> = None;
    let mut attempt = 0u32;
    loop {
        let applied = conn
            .bound_lock_waits(Some(bounds.wait))
            .map_err(|e| db_failure("cannot bound the lock waits (--ddl-lock-timeout)", &e))?;
        let result = run_unit(
            conn,
            &s.statements,
            &mut bookkeeping,
            tracking,
            &mut |sql| obs.statement(sql),
        );
        // A failure to restore is not the step's: it has committed (or failed for
        // its own reason), and a dead connection fails the next statement anyway.
        let _ = conn.bound_lock_waits(None);
        let f = match result {
            Ok(()) => return Ok(started.elapsed()),
            Err(f) => f,
        };
        if f.error.kind != DbErrorKind::LockWait {
            let note = failure_note(conn, s, &f, &table);
            return Err(step_failed(s, &f, note));
        }
        if let Some(t) = tracking.as_mut() {
            t.start = f.changes_applied();
        }
        // Where the server waits less than the bound (MariaDB's whole seconds: 0
        // for a bound under one), the bound is kept by trying again every few
        // milliseconds for that long, without a word: a lock held only for a
        // moment (the application's own short transactions, InnoDB's purge) is
        // no reason to back off.
        let window = *polling.get_or_insert_with(Instant::now);
        if applied < bounds.wait && window.elapsed() + applied < bounds.wait {
            if let Some(signal) = pause(POLL) {
                return Err(stopped_waiting(conn, s, &f, &table, signal));
            }
            continue;
        }
        polling = None;
        let applied = applied.max(window.elapsed()).min(bounds.wait);
        // The bound was hit: the step is at a clean point (rolled back, or on
        // MySQL at its last progress mark). Name the holder, wait, try again.
        attempt += 1;
        // The first hit had already waited the bound itself.
        let since = *first_hit.get_or_insert_with(|| {
            let now = Instant::now();
            now.checked_sub(applied).unwrap_or(now)
        });
        let wait = LockWait {
            step: s,
            position: f.position(),
            statement: shorten(&f.sql),
            table: lock_wait::statement_table(&f.sql),
            holders: None,
            id_word: conn.holder_id_word(),
            attempt,
            waited: since.elapsed(),
            retry_in: lock_wait::backoff(attempt, bounds.wait),
            bound: bounds.wait,
            applied,
            budget: bounds.budget,
        };
        let wait = LockWait {
            holders: conn.lock_holders(wait.table.as_deref(), bounds.wait),
            ..wait
        };
        if wait.waited + wait.retry_in > bounds.budget {
            let note = failure_note(conn, s, &f, &table);
            return Err(budget_spent(s, &f, &wait, note));
        }
        obs.lock_wait(&wait);
        if let Some(signal) = pause(wait.retry_in) {
            return Err(stopped_waiting(conn, s, &f, &table, signal));
        }
    }
}

/// How often a step tries again while it keeps a bound its server cannot wait.
const POLL: Duration = Duration::from_millis(25);

/// Sleeps `d`, or less when a stop is asked for (SIGINT/SIGTERM), which it returns.
fn pause(d: Duration) -> Option<i32> {
    let until = Instant::now() + d;
    loop {
        if let Some(sig) = crate::interrupt::requested() {
            return Some(sig);
        }
        let now = Instant::now();
        if now >= until {
            return None;
        }
        std::thread::sleep((until - now).min(Duration::from_millis(50)));
    }
}

/// The error when a step kept hitting its lock bound until the budget was spent.
fn budget_spent(s: &PlannedStep, f: &Failure, w: &LockWait<'_>, note: String) -> Error {
    Error::LockBudget(format!(
        "{} waited at {} for {} longer than --ddl-lock-timeout ({} ms) on each of {} tries, \
         and --ddl-lock-budget ({} s) is spent; {}; {note}; run the same command again once that \
         session has finished (or give a larger --ddl-lock-budget)",
        s.label(),
        match f.stage {
            Stage::Transaction => f.position(),
            _ => format!("{} ({})", f.position(), shorten(&f.sql)),
        },
        w.what(),
        w.bound.as_millis(),
        w.attempt,
        w.budget.as_secs_f64(),
        w.holders_text()
    ))
}

/// The error when a stop was asked for while a step waited to try again.
fn stopped_waiting(
    conn: &mut dyn Connection,
    s: &PlannedStep,
    f: &Failure,
    table: &str,
    signal: i32,
) -> Error {
    if f.changes_applied() == 0 {
        let msg = format!(
            "stopped by {} while {} waited for another session's lock: the database is at {}, \
             cleanly; the same command continues from there",
            crate::interrupt::name(signal),
            s.label(),
            s.from.unwrap_or("base")
        );
        return Error::Stopped { signal, msg };
    }
    let stop = Failure {
        error: DbError::new(
            DbErrorKind::Stopped(signal),
            format!("stopped by {}", crate::interrupt::name(signal)),
        ),
        ..f.clone()
    };
    let note = failure_note(conn, s, &stop, table);
    step_failed(s, &stop, note)
}

/// How a step is tracked: as `resume` says when finishing one a killed run left;
/// else, where DDL is not transactional (MySQL), by a `started` history row
/// (`started`) written before the step, so a rerun knows it was under way; else
/// not at all (the step's transaction is all or nothing).
pub fn tracking(
    conn: &mut dyn Connection,
    tree: &str,
    resume: Option<Tracking>,
    started: &history::Entry<'_>,
) -> Result<Option<Tracking>, Error> {
    let d = conn.dialect();
    if resume.is_some() || d.transactional_ddl() {
        return Ok(resume);
    }
    conn.execute(&history::insert_sql(d, started))
        .map_err(|e| db_failure("cannot record the step in ast_schema_history", &e))?;
    Ok(Some(Tracking {
        id: history::last_id(conn, tree)?,
        start: 0,
    }))
}

/// Where the database stands after a failed revision, in words.
fn failure_note(conn: &mut dyn Connection, s: &PlannedStep, f: &Failure, table: &str) -> String {
    let from = s.from.unwrap_or("base");
    let to = s.to.unwrap_or("base");
    let transactional = conn.dialect().transactional_ddl();
    if let Some(sig) = f.stopped() {
        let i = f.changes_applied();
        return format!(
            "stopped by {} after statement {i} of {} (MySQL cannot undo DDL; ast-schema recorded how far it got): \
             {table} still says {from}; the same command continues from statement {}, and `ast-schema {back} {from}` \
             first undoes statements 1-{i}",
            crate::interrupt::name(sig),
            f.changes,
            i + 1,
            back = match s.direction {
                Direction::Upgrade => "downgrade",
                Direction::Downgrade => "upgrade",
            }
        );
    }
    if f.connection_lost() {
        return format!(
            "the connection was lost, so whether that statement took effect is unknown; run the same command \
             again: ast-schema reads how far the revision got and continues from there{}",
            if transactional {
                " (on this database an unfinished revision is rolled back as a whole)"
            } else {
                ""
            }
        );
    }
    if f.undone {
        return format!("the revision was rolled back; the database is still at {from}");
    }
    let i = f.changes_applied();
    if i == f.changes {
        return format!(
            "every statement of the revision ran, but {table} could not be updated; running the same \
             command again records it (or `ast-schema stamp {to}`)"
        );
    }
    format!(
        "statements 1-{i} of this revision had run (MySQL cannot undo DDL) while {table} still says {from}; \
         ast-schema recorded how far it got: once the cause is fixed, the same command continues from \
         statement {}, and a command that goes the other way (`ast-schema {back} {from}`) first undoes \
         statements 1-{i}",
        i + 1,
        back = match s.direction {
            Direction::Upgrade => "downgrade",
            Direction::Downgrade => "upgrade",
        }
    )
}

/// A statement, on one line and at most 160 characters, for messages.
pub fn shorten(sql: &str) -> String {
    let mut shown: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
    if shown.len() > 160 {
        let mut end = 157;
        while !shown.is_char_boundary(end) {
            end -= 1;
        }
        shown.truncate(end);
        shown.push_str("...");
    }
    shown
}

fn step_failed(s: &PlannedStep, f: &Failure, note: String) -> Error {
    if let Some(signal) = f.stopped() {
        let msg = format!("{}: {note}", s.label());
        return Error::Stopped { signal, msg };
    }
    let msg = format!(
        "{} failed at {} ({}): {}; {note}",
        s.label(),
        f.position(),
        shorten(&f.sql),
        f.error
    );
    Error::failed_change(f.error.kind, msg)
}
