//! `upgrade --dry-run` and `downgrade --dry-run`: the SQL a run would execute
//! against this database, from its current state, without changing anything.
//!
//! It takes the decisions [`crate::engine::migrate::migrate`] takes, reading the
//! database the same way: nothing to do; the fresh-database build at once; a replay
//! from the live schema (which may be one of a lossy downgrade's shapes); for a
//! release's chain, a walk along the database's own chain and a reconciliation onto
//! the release's first. The bookkeeping tables' creation and the version-table writes
//! are shown as they would run; the `ast_schema_history` rows (timestamps, durations)
//! are named in a comment. It makes the checks a real run makes before changing
//! anything (the server's rules, views in the way, stored data the plan would
//! destroy) and refuses as the run would. Read-only: no lock is taken, so a
//! concurrent runner may change what a real run finds.

use crate::db::driver::Connection;
use crate::db::history::{self, Method};
use crate::db::version::{self as state, DbState, VersionSource};
use crate::definitions::dialect::Dialect;
use crate::definitions::revision::Tree;
use crate::dialect::expected::same_schema;
use crate::engine::fast_path::is_fresh;
use crate::engine::migrate::{check_plan, refuse_unversioned, release_walk};
use crate::engine::plan::{check_direction, model_at, plan_from, Direction, Plan};
use crate::engine::preflight;
use crate::engine::reconcile::{self, bookkeeping};
use crate::engine::script::Script;
use crate::engine::shape;
use crate::error::Error;

/// What an upgrade or downgrade would do to one tree.
pub struct DryRun {
    pub from: Option<String>,
    pub to: usize,
    /// How it would get there: built at once, revision by revision, or reconciled
    /// first (then revision by revision); `None` when there is nothing to do.
    pub method: Option<Method>,
    /// Revisions it would apply, in order.
    pub revisions: Vec<&'static str>,
    pub script: Script,
}

/// The revisions a move from `from` to `to` applies, in order.
fn moved(tree: &Tree, from: usize, to: usize) -> Vec<&'static str> {
    if to >= from {
        (from + 1..=to).map(|p| tree.at(p).id).collect()
    } else {
        (to + 1..=from).rev().map(|p| tree.at(p).id).collect()
    }
}

/// Plans moving `tree` to `target` on the live database (see the module doc).
pub fn dry_run(
    conn: &mut dyn Connection,
    tree: &Tree,
    direction: Direction,
    target: &str,
    replay: bool,
    allow_data_loss: bool,
) -> Result<DryRun, Error> {
    let d = conn.dialect();
    let master = Tree::named(tree.name)?;
    let mut w = Script::new(d);
    let (_, id) = state::version_id(conn, &master)?;
    if let (Some(_), Some(release)) = (&id, tree.release) {
        return release_run(conn, tree, direction, target, release, allow_data_loss, w);
    }
    let st = state::read(conn, tree)?;
    // Where the run would go: a relative target an unfinished run recorded included.
    let to = crate::db::intent::resolve(conn, tree, &st, direction.name(), target)?;
    check_direction(tree, direction, st.position, to)?;
    if st.position == to {
        w.comment(&format!(
            "{}: already at {}; nothing to do",
            tree.name,
            tree.label(to)
        ));
        return Ok(DryRun {
            from: id,
            to,
            method: None,
            revisions: Vec::new(),
            script: w,
        });
    }
    let revisions = moved(tree, st.position, to);
    if direction == Direction::Upgrade && st.position == 0 && !replay && is_fresh(tree, &st, d)? {
        let model = model_at(tree, d, to)?;
        preflight::check(conn, tree, 0, to, &Default::default(), &model)?;
        let statements = d.render_schema(&model).map_err(|e| {
            Error::InvalidMigration(format!(
                "cannot build revision {} directly: {e}",
                tree.at(to).id
            ))
        })?;
        prepare(&mut w, tree, &st, d);
        w.comment(&format!(
            "{}: building {} at once ({} revisions)",
            tree.name,
            tree.at(to).id,
            to
        ));
        unit(&mut w, d, &statements, |w| {
            if let Some(v) = state::move_sql(d, &tree.version_table(), None, Some(tree.at(to).id)) {
                w.stmt(&v);
            }
            history_note(w, to);
        });
        return Ok(DryRun {
            from: id,
            to,
            method: Some(Method::FastPath),
            revisions,
            script: w,
        });
    }
    let start = shape::live_model(conn, tree, st.position)?;
    let plan = plan_from(tree, d, st.position, to, start.clone())?;
    if st.position == 0 {
        refuse_unversioned(tree, &st, &plan)?;
    }
    check_plan(conn, &plan, &start, allow_data_loss)?;
    prepare(&mut w, tree, &st, d);
    steps(&mut w, &plan);
    Ok(DryRun {
        from: id,
        to,
        method: Some(Method::Replay),
        revisions,
        script: w,
    })
}

/// The way `migrate` moves a database onto a release's chain: along its own chain
/// to the release's target when the release lacks its revision, a reconciliation
/// where the release built the revision differently, then the release's revisions.
fn release_run(
    conn: &mut dyn Connection,
    tree: &Tree,
    direction: Direction,
    target: &str,
    release: &'static str,
    allow_data_loss: bool,
    mut w: Script,
) -> Result<DryRun, Error> {
    let d = conn.dialect();
    let master = Tree::named(tree.name)?;
    let (_, id) = state::version_id(conn, &master)?;
    let id = id.unwrap_or_default();
    let best = shape::identify_best(conn, &master, &id, false)?;
    let mut revisions: Vec<&'static str> = Vec::new();
    let mut method = Some(Method::Replay);
    let (at, from_model) = match tree.position(&id) {
        Some(p) => (p, best.model),
        None => {
            let (to, plan) = release_walk(conn, tree, release, &id, target, best, allow_data_loss)?;
            let st = state::read(conn, &plan.tree)?;
            prepare(&mut w, &plan.tree, &st, d);
            steps(&mut w, &plan);
            revisions.extend(moved(&plan.tree, plan.from, plan.to));
            (to, model_at(&plan.tree, d, plan.to)?)
        }
    };
    let want = model_at(tree, d, at)?;
    let reconciled = !same_schema(&from_model, &want, d);
    let start = if reconciled {
        let r = reconcile::reconcile_at(conn, tree, at, from_model)?;
        reconcile::check_before(conn, &r, allow_data_loss, true)?;
        w.comment(&format!(
            "{}: reconcile {} onto Asterisk {release}'s version of it: {}",
            tree.name,
            r.from_id,
            r.ops
                .iter()
                .map(|o| o.describe())
                .collect::<Vec<_>>()
                .join(", ")
        ));
        unit(&mut w, d, &r.statements, |w| {
            for b in bookkeeping(d, &r, std::time::Duration::ZERO, None)
                .into_iter()
                .filter(|s| !s.sql.contains(history::TABLE))
            {
                w.stmt(&b.sql);
            }
            w.comment("and one row in ast_schema_history");
        });
        method = Some(Method::Reconcile);
        want
    } else {
        shape::live_model(conn, tree, at)?
    };
    let to = tree.resolve(target, at)?;
    check_direction(tree, direction, at, to)?;
    let plan = plan_from(tree, d, at, to, start.clone())?;
    check_plan(conn, &plan, &start, allow_data_loss)?;
    steps(&mut w, &plan);
    revisions.extend(moved(tree, at, to));
    if revisions.is_empty() && !reconciled {
        w.comment(&format!(
            "{}: already at {}; nothing to do",
            tree.name,
            tree.label(to)
        ));
        method = None;
    }
    Ok(DryRun {
        from: Some(id),
        to,
        method,
        revisions,
        script: w,
    })
}

/// The bookkeeping tables' preparation, as `apply::prepare_tables` runs it.
fn prepare(w: &mut Script, tree: &Tree, st: &DbState, d: Dialect) {
    let table = tree.version_table();
    match st.source {
        VersionSource::TreeTable => {}
        VersionSource::Legacy => w.stmt(&state::rename_legacy_sql(d, &table)),
        VersionSource::Missing => w.stmt(&state::create_table_sql(d, &table)),
    }
    if !st.has_table(history::TABLE) {
        w.stmt(&history::create_sql(d));
    }
}

/// Statements and their bookkeeping as one unit: in a transaction where the dialect
/// rolls DDL back, the bookkeeping alone in one on MySQL (as `db::unit` runs them).
fn unit(w: &mut Script, d: Dialect, statements: &[String], books: impl FnOnce(&mut Script)) {
    if d.transactional_ddl() {
        w.begin();
    }
    for s in statements {
        w.stmt(s);
    }
    if !d.transactional_ddl() {
        w.begin();
    }
    books(w);
    w.commit();
}

/// Each revision of a plan as one unit, with its version-table write.
fn steps(w: &mut Script, plan: &Plan) {
    let d = plan.dialect;
    let table = plan.tree.version_table();
    for s in &plan.steps {
        w.comment(&format!("{}, {}", s.label(), s.message));
        unit(w, d, &s.statements, |w| {
            if let Some(v) = state::move_sql(d, &table, s.from, s.to) {
                w.stmt(&v);
            }
            history_note(w, 1);
        });
    }
}

fn history_note(w: &mut Script, rows: usize) {
    w.comment(&if rows == 1 {
        "and one row in ast_schema_history".to_string()
    } else {
        format!("and {rows} rows in ast_schema_history, one per revision")
    });
}
