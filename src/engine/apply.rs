//! Execution: running a plan on a live database, revision by revision, and saying
//! exactly where the database stands when a statement fails.
//!
//! Each revision is one unit (`db::unit`): its statements, then its version-table
//! update and history row. On PostgreSQL and SQLite a failure rolls the revision
//! back; on MySQL, whose DDL commits at once, the message says which statements of
//! the revision had already run and how to recover.

use std::time::{Duration, Instant};

use crate::db::driver::{Connection, DbError};
use crate::db::history::{self, Action, Method};
use crate::db::unit::{run_unit, Failure};
use crate::db::version::{self, DbState, VersionSource};
use crate::definitions::revision::Tree;
use crate::dialect::expected;
use crate::engine::observer::{Observer, StepDone};
use crate::engine::plan::{Direction, Plan, PlannedStep};
use crate::engine::shape;
use crate::error::{DbErrorKind, Error};
use crate::model::compare;

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
    if !st.has_table(history::TABLE) {
        sqls.push(history::create_sql(d));
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
        _ => Error::Migration(format!("{what}: {e}")),
    }
}

/// Applies a plan, one revision at a time, recording each in `ast_schema_history`.
pub fn apply(
    conn: &mut dyn Connection,
    plan: &Plan,
    obs: &mut dyn Observer,
) -> Result<Vec<StepRecord>, Error> {
    let d = conn.dialect();
    let table = plan.tree.version_table();
    let total = plan.steps.len();
    let mut done = Vec::with_capacity(total);
    for (index, s) in plan.steps.iter().enumerate() {
        obs.step_started(s, index, total);
        let started = Instant::now();
        let checksum = plan
            .tree
            .position(s.revision)
            .map(|p| plan.tree.at(p).sha256)
            .ok_or_else(|| {
                Error::InvalidMigration(format!(
                    "revision {} is not in the plan's tree {}",
                    s.revision, plan.tree.name
                ))
            })?;
        let mut bookkeeping = || {
            let mut v: Vec<String> = version::move_sql(d, &table, s.from, s.to)
                .into_iter()
                .collect();
            v.push(history::insert_sql(
                d,
                &history::Entry {
                    tree: plan.tree.name,
                    revision: s.revision,
                    action: match s.direction {
                        Direction::Upgrade => Action::Upgrade,
                        Direction::Downgrade => Action::Downgrade,
                    },
                    from: s.from,
                    to: s.to,
                    checksum,
                    method: Method::Replay,
                    duration_ms: started.elapsed().as_millis(),
                },
            ));
            v
        };
        if let Err(f) = run_unit(conn, &s.statements, &mut bookkeeping, &mut |sql| {
            obs.statement(sql)
        }) {
            let note = failure_note(conn, &plan.tree, s, &f, &table);
            return Err(step_failed(s, &f, note));
        }
        let elapsed = started.elapsed();
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

/// Where the database stands after a failed revision, in words.
fn failure_note(
    conn: &mut dyn Connection,
    tree: &Tree,
    s: &PlannedStep,
    f: &Failure,
    table: &str,
) -> String {
    let from = s.from.unwrap_or("base");
    let to = s.to.unwrap_or("base");
    if f.undone {
        if f.changes_applied() == 0 && !conn.dialect().transactional_ddl() {
            // MySQL: the first statement failed; an earlier run may have left part
            // of this revision behind.
            if let Some(diffs) = drift_from(conn, tree, s.from) {
                return interrupted_note(s, &diffs);
            }
            return format!("nothing of this revision had run; the database is still at {from}");
        }
        return format!("the revision was rolled back; the database is still at {from}");
    }
    let i = f.changes_applied();
    if i == f.changes {
        return format!(
            "every statement of the revision ran, but {table} could not be updated: run `ast-schema stamp {to}`"
        );
    }
    format!(
        "statements 1-{i} of this revision had already run and MySQL cannot undo DDL, while {table} still says {from}; \
         to recover, either run the rest by hand (`ast-schema {dir} {from}:{to} --sql` prints them all) and then \
         `ast-schema stamp {to}`, or undo statements 1-{i} by hand",
        dir = s.direction.name()
    )
}

/// How the live schema differs from revision `from` (upgrade path), if it does:
/// on MySQL the trace an interrupted earlier run leaves behind.
fn drift_from(conn: &mut dyn Connection, tree: &Tree, from: Option<&str>) -> Option<Vec<String>> {
    let d = conn.dialect();
    let pos = from.and_then(|f| tree.position(f)).unwrap_or(0);
    let model = shape::live_model(conn, tree, pos).ok()?;
    let live = crate::db::introspect::dump(conn, false).ok()?;
    let owned = shape::tree_tables(tree, d).ok()?;
    let diffs: Vec<String> = compare::compare(&expected::render(&model, d), &live)
        .into_iter()
        // Tables of other trees or applications are not this revision's doing.
        .filter(|l| {
            !l.starts_with("unexpected: table ")
                || owned.iter().any(|t| l.ends_with(&format!(" {t}")))
        })
        .collect();
    (!diffs.is_empty()).then_some(diffs)
}

/// What to tell a MySQL user whose revision failed at once on a database that
/// already shows part of it.
fn interrupted_note(s: &PlannedStep, diffs: &[String]) -> String {
    let from = s.from.unwrap_or("base");
    let to = s.to.unwrap_or("base");
    let shown: Vec<&str> = diffs.iter().take(6).map(String::as_str).collect();
    format!(
        "the database is recorded at {from} but already differs from it ({}{}), so an earlier run was most likely \
         interrupted inside this revision; MySQL cannot undo DDL: finish the revision by hand \
         (`ast-schema {dir} {from}:{to} --sql` prints it) and run `ast-schema stamp {to}`, or undo those changes and run again",
        shown.join("; "),
        if diffs.len() > shown.len() { format!("; and {} more", diffs.len() - shown.len()) } else { String::new() },
        dir = s.direction.name()
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
    let msg = format!(
        "{} {} -> {} failed at {} ({}): {}; {note}",
        s.direction.name(),
        s.from.unwrap_or("base"),
        s.to.unwrap_or("base"),
        f.position(),
        shorten(&f.sql),
        f.error
    );
    match f.error.kind {
        DbErrorKind::Permission => Error::Permission(msg),
        _ => Error::Migration(msg),
    }
}
