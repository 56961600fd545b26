//! The fresh-database fast path: build the target revision's schema at once.
//!
//! On a database that has none of a tree's tables, replaying every revision only
//! to arrive at a schema the model already knows is wasted work: the folded model
//! of revision `to` is rendered as one `CREATE` per enum type, table, index and
//! foreign key (the same names, columns in the same order) and the version is
//! recorded, all in one transaction where the database allows. History gets one
//! row per revision, as a replay would leave.

use std::time::Instant;

use crate::db::driver::Connection;
use crate::db::history::{self, Action, Method, Status};
use crate::db::unit::{run_unit, Booked, Tracking};
use crate::db::version::{self, DbState};
use crate::definitions::dialect::Dialect;
use crate::definitions::revision::Tree;
use crate::engine::apply::{prepare_tables, shorten, tracking, Outcome, StepRecord};
use crate::engine::observer::Observer;
use crate::engine::plan::{model_at, Direction};
use crate::engine::shape::tree_tables;
use crate::error::Error;

/// Whether the database has none of the tables any revision of `tree` creates.
pub fn is_fresh(tree: &Tree, st: &DbState, d: Dialect) -> Result<bool, Error> {
    Ok(!tree_tables(tree, d)?.iter().any(|t| st.has_table(t)))
}

/// Builds revision `to` of `tree` on a fresh database (see the module doc).
pub fn fast_path(
    conn: &mut dyn Connection,
    tree: &Tree,
    st: &DbState,
    to: usize,
    obs: &mut dyn Observer,
) -> Result<Outcome, Error> {
    let d = conn.dialect();
    let started = Instant::now();
    let model = model_at(tree, d, to)?;
    let statements = d.render_schema(&model).map_err(|e| {
        Error::InvalidMigration(format!(
            "cannot build revision {} directly: {e}",
            tree.at(to).id
        ))
    })?;
    prepare_tables(conn, tree, st)?;
    build(conn, tree, to, &statements, None, started, obs)?;
    let elapsed = started.elapsed();
    obs.fast_path_done(tree, to, elapsed);
    let steps = (1..=to)
        .map(|p| {
            let r = tree.at(p);
            StepRecord {
                direction: Direction::Upgrade,
                revision: r.id,
                message: r.message,
                from: r.down,
                to: Some(r.id),
                elapsed: None,
            }
        })
        .collect();
    Ok(Outcome {
        tree: *tree,
        from: 0,
        to,
        method: Some(Method::FastPath),
        steps,
        elapsed,
        reconciled: Vec::new(),
        recovered: None,
    })
}

/// Runs the fast path's statements (from `resume.start` when finishing an
/// interrupted one) and records the version: where the build cannot be one
/// transaction, under a `started` history row advanced statement by statement.
pub fn build(
    conn: &mut dyn Connection,
    tree: &Tree,
    to: usize,
    statements: &[String],
    resume: Option<Tracking>,
    started: Instant,
    obs: &mut dyn Observer,
) -> Result<(), Error> {
    let d = conn.dialect();
    let table = tree.version_table();
    let target = tree.at(to);
    let entry = |p: usize, status: Status, ms: u128| {
        let r = tree.at(p);
        history::Entry {
            tree: tree.name,
            revision: r.id,
            action: Action::Upgrade,
            from: if p == to && status == Status::Started {
                None
            } else {
                r.down
            },
            to: Some(r.id),
            checksum: r.sha256,
            method: Method::FastPath,
            duration_ms: ms,
            status,
        }
    };
    let tracking = tracking(conn, tree.name, resume, &entry(to, Status::Started, 0))?;
    let mut bookkeeping = || {
        let ms = started.elapsed().as_millis();
        let mut v: Vec<Booked> = version::move_sql(d, &table, None, Some(target.id))
            .into_iter()
            .map(Booked::one)
            .collect();
        // One row per revision, oldest first, so the newest row is the target's
        // (`status`'s last change): a `started` row that stood for the build
        // becomes the first revision's.
        for p in 1..=to {
            let last = p == to;
            let e = entry(p, Status::Done, if last { ms } else { 0 });
            v.push(Booked::one(match (p, tracking) {
                (1, Some(t)) => history::close_as_sql(d, t.id, &e),
                _ => history::insert_sql(d, &e),
            }));
        }
        v
    };
    if let Err(f) = run_unit(conn, statements, &mut bookkeeping, tracking, &mut |sql| {
        obs.statement(sql)
    }) {
        if let Some(signal) = f.stopped() {
            let msg = format!(
                "building {} at once was stopped by {} after statement {} of {} (MySQL cannot undo DDL): \
                 ast-schema recorded how far it got, and the same command continues from there",
                target.id,
                crate::interrupt::name(signal),
                f.changes_applied(),
                f.changes
            );
            return Err(Error::Stopped { signal, msg });
        }
        let note = if f.connection_lost() {
            "the connection was lost; run the same command again: ast-schema reads how far the build got and continues"
                .to_string()
        } else if f.undone {
            "nothing was created; the database is still at base".to_string()
        } else if f.changes_applied() == f.changes {
            format!("every table was created, but {table} could not be written; running the same command again records it")
        } else {
            format!(
                "statements 1-{} had run (MySQL cannot undo DDL) and the version is still base; ast-schema recorded \
                 how far it got, and the same command continues from there once the cause is fixed",
                f.changes_applied()
            )
        };
        let msg = format!(
            "building {} at once failed at {} ({}): {}; {note}",
            target.id,
            f.position(),
            shorten(&f.sql),
            f.error
        );
        return Err(Error::failed_change(f.error.kind, msg));
    }
    Ok(())
}
