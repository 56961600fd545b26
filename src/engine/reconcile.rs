//! Reconcile: moving a database from the chain it was built by (master's or a
//! release branch's) onto another chain at the same revision, changing exactly
//! what differs (`model::diff`) and keeping every row.

use std::time::{Duration, Instant};

use crate::db::driver::Connection;
use crate::db::history::{self, Action, Method, Status};
use crate::db::unit::{run_unit, Booked, Tracking};
use crate::db::version as state;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::Op;
use crate::definitions::releases::Lineage;
use crate::definitions::revision::Tree;
use crate::dialect::expected;
use crate::engine::apply::{db_failure, shorten, tracking};
use crate::engine::diff;
use crate::engine::loss;
use crate::engine::observer::Observer;
use crate::engine::plan::{model_at, Reconciliation};
use crate::engine::preflight;
use crate::engine::shape::{self, Candidate};
use crate::error::Error;
use crate::model::compare::compare;
use crate::model::Schema;

/// A reconciliation of a database whose schema is `from_model` onto `to` at `to_pos`.
pub fn reconcile_at(
    conn: &mut dyn Connection,
    to: &Tree,
    to_pos: usize,
    from_model: Schema,
) -> Result<Reconciliation, Error> {
    let master = Tree::named(to.name)?;
    let (_, id) = state::version_id(conn, &master)?;
    let id = id.ok_or_else(|| {
        Error::OutOfRange(format!(
            "tree {} is at base: there is nothing to reconcile",
            to.name
        ))
    })?;
    let from = shape::identify_best(conn, &master, &id, false)?.lineage;
    let d = conn.dialect();
    let from_model = shape::carry_for_rebuilds(conn, from_model, &model_at(to, d, to_pos)?)?;
    let from_model = shape::carry_for_rebuilds(conn, from_model, &model_at(to, d, to_pos)?)?;
    reconciliation(d, id, from, from_model, to, to_pos)
}

/// Plans moving a database from the chain it was built by onto `to`'s chain: at the
/// same revision when `to` has it, else (a revision only a branch has) at the
/// revision of `to` whose schema is closest, the latest of equals.
pub fn plan_reconcile(conn: &mut dyn Connection, to: &Tree) -> Result<Reconciliation, Error> {
    let d = conn.dialect();
    let master = Tree::named(to.name)?;
    let (_, id) = state::version_id(conn, &master)?;
    let Some(id) = id else {
        return Err(Error::OutOfRange(format!(
            "tree {} is at base: there is nothing to reconcile",
            to.name
        )));
    };
    let Candidate {
        lineage: from,
        model: from_model,
        ..
    } = shape::identify_best(conn, &master, &id, true)?;
    let to_pos = match to.position(&id) {
        Some(p) => p,
        None => {
            let mut best = (usize::MAX, 0);
            for p in 1..=to.len() {
                let m = model_at(to, d, p)?;
                let score =
                    compare(&expected::render(&m, d), &expected::render(&from_model, d)).len();
                if score <= best.0 {
                    best = (score, p);
                }
            }
            best.1
        }
    };
    let from_model = shape::carry_for_rebuilds(conn, from_model, &model_at(to, d, to_pos)?)?;
    reconciliation(d, id, from, from_model, to, to_pos)
}

/// The operations and statements that take `from_model` onto `to` at `to_pos`.
pub fn reconciliation(
    d: Dialect,
    from_id: String,
    from: Lineage,
    from_model: Schema,
    to: &Tree,
    to_pos: usize,
) -> Result<Reconciliation, Error> {
    let target = model_at(to, d, to_pos)?;
    let ops = diff::diff(&from_model, &target, d);
    let refs: Vec<&Op> = ops.iter().collect();
    let mut scratch = from_model.clone();
    let statements = d.render_ops(&refs, &mut scratch).map_err(|(i, e)| {
        Error::InvalidMigration(format!(
            "reconcile step {} ({}): {e}",
            i + 1,
            ops[i].describe()
        ))
    })?;
    Ok(Reconciliation {
        from_id,
        from,
        to: *to,
        to_pos,
        from_model,
        ops,
        statements,
    })
}

/// The history row of a reconciliation.
fn entry(r: &Reconciliation, status: Status, elapsed: Duration) -> history::Entry<'_> {
    let target = r.to.at(r.to_pos);
    history::Entry {
        tree: r.to.name,
        revision: target.id,
        action: Action::Reconcile,
        from: Some(&r.from_id),
        to: Some(target.id),
        checksum: target.sha256,
        method: Method::Reconcile,
        duration_ms: elapsed.as_millis(),
        status,
    }
}

/// The version-table and history statements that record a reconciliation; with
/// `row`, the `started` history row to close instead of inserting one.
pub fn bookkeeping(
    d: Dialect,
    r: &Reconciliation,
    elapsed: Duration,
    row: Option<i64>,
) -> Vec<Booked> {
    let table = r.to.version_table();
    let target = r.to.at(r.to_pos);
    let mut out = Vec::new();
    if r.from_id != target.id {
        out.extend(state::move_sql(d, &table, Some(&r.from_id), Some(target.id)).map(Booked::one));
    }
    out.push(Booked::one(match row {
        Some(id) => history::close_sql(d, id, Status::Done, elapsed.as_millis()),
        None => history::insert_sql(d, &entry(r, Status::Done, elapsed)),
    }));
    out
}

/// Runs a reconciliation: one transaction where the database allows; elsewhere
/// under a `started` history row advanced statement by statement (`resume`: the
/// row of an interrupted run of this reconciliation and how far it got).
pub fn apply_reconcile(
    conn: &mut dyn Connection,
    r: &Reconciliation,
    resume: Option<Tracking>,
    obs: &mut dyn Observer,
) -> Result<Duration, Error> {
    let d = conn.dialect();
    let started = Instant::now();
    let tables = state::list_tables(conn)?;
    if !tables.iter().any(|t| t == history::TABLE) {
        conn.execute(&history::create_shared_sql(d))
            .map_err(|e| db_failure("cannot create ast_schema_history", &e))?;
    } else {
        for sql in history::upgrade_sql(conn) {
            conn.execute(&sql)
                .map_err(|e| db_failure("cannot update ast_schema_history", &e))?;
        }
    }
    let tracking = tracking(
        conn,
        r.to.name,
        resume,
        &entry(r, Status::Started, Duration::ZERO),
    )?;
    let mut books = || bookkeeping(d, r, started.elapsed(), tracking.map(|t| t.id));
    if let Err(f) = run_unit(conn, &r.statements, &mut books, tracking, &mut |sql| {
        obs.statement(sql)
    }) {
        let note = if f.undone {
            "nothing was changed".to_string()
        } else {
            format!(
                "statements 1-{} had run (MySQL cannot undo DDL); ast-schema recorded how far it got, and \
                 `ast-schema reconcile` continues from there",
                f.changes_applied()
            )
        };
        return Err(Error::Migration(format!(
            "reconcile failed at {} ({}): {}; {note}",
            f.position(),
            shorten(&f.sql),
            f.error
        )));
    }
    Ok(started.elapsed())
}

/// Refuses a reconciliation the server would reject (PostgreSQL: a view over what
/// it changes), or that would destroy stored data, unless allowed. One
/// made on the way up to a newer release (`upgrade`) is held to what an upgrade is
/// held to: retiring a column the newer release no longer has is what upgrading
/// to it means.
pub fn check_before(
    conn: &mut dyn Connection,
    r: &Reconciliation,
    allowed: bool,
    upgrade: bool,
) -> Result<(), Error> {
    let label = format!("reconciling {} onto {}", r.from_id, r.to.label(r.to_pos));
    preflight::views_in_the_way(conn, [(label.clone(), r.statements.as_slice())])?;
    let d = conn.dialect();
    let refs: Vec<&Op> = r.ops.iter().collect();
    let effects = loss::effects(&refs, &mut r.from_model.clone(), d, upgrade)
        .map_err(|e| Error::InvalidMigration(format!("reconcile: {e}")))?;
    let losses = loss::count(conn, &r.from_model, &effects)?;
    loss::refuse(&label, &losses, allowed)
}
