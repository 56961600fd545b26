//! Orchestration: moving one tree of a live database to a target.
//!
//! [`migrate`] reads where the database is, and unless it is already there takes
//! the lock, reads again (another runner may have done the work meanwhile) and
//! chooses the way: the fast path on a fresh database, a replay of the plan, or for
//! a release's chain a reconcile onto that chain first. [`stamp`] writes the
//! version without running anything.

use std::time::{Duration, Instant};

use crate::db::driver::Connection;
use crate::db::history::{self, Action, Method};
use crate::db::intent;
use crate::db::lock;
use crate::db::unit::{run_unit, Booked};
use crate::db::version::{self as state, DbState};
use crate::definitions::revision::Tree;
use crate::dialect::expected::same_schema;
use crate::engine::apply::{apply, db_failure, prepare_tables, Outcome};
use crate::engine::fast_path::{fast_path, is_fresh};
use crate::engine::loss;
use crate::engine::observer::{Observer, Silent};
use crate::engine::plan::{check_direction, id_at, model_at, plan_from, Direction, Plan};
use crate::engine::preflight;
use crate::engine::reconcile;
use crate::engine::resume::{self, Intent};
use crate::engine::shape::{self, Candidate};
use crate::error::Error;
use crate::model::Schema;

/// A request to move one tree.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub direction: Direction,
    pub target: &'a str,
    pub lock_timeout: Duration,
    /// Apply revision by revision even where the fast path could build the schema
    /// at once.
    pub replay: bool,
    /// Go ahead where the plan would destroy stored data.
    pub allow_data_loss: bool,
}

/// Where the database is and where the request takes it.
fn where_to(
    conn: &mut dyn Connection,
    tree: &Tree,
    req: &Request<'_>,
) -> Result<(DbState, usize), Error> {
    let st = state::read(conn, tree)?;
    let to = intent::resolve(conn, tree, &st, req.direction.name(), req.target)?;
    check_direction(tree, req.direction, st.position, to)?;
    Ok((st, to))
}

/// Upgrades or downgrades one tree on a live database: reads where it is, and
/// unless it is already at the target, takes the lock, reads again (another runner
/// may have done the work meanwhile), and applies the plan.
pub fn migrate(
    conn: &mut dyn Connection,
    tree: &Tree,
    req: &Request<'_>,
    obs: &mut dyn Observer,
) -> Result<Outcome, Error> {
    // A release's chain may share revision ids with the chain the database was
    // built by while differing in content, so that case always looks closer.
    if tree.release.is_none() {
        let (st, to) = where_to(conn, tree, req)?;
        if st.position == to && history::pending(conn, tree.name)?.is_none() {
            // An earlier run with this relative target got there after all.
            intent::clear(conn, tree, &st)?;
            return Ok(Outcome::nothing(tree, to));
        }
    }
    lock::acquire(conn, tree.name, req.lock_timeout, &mut || {
        obs.waiting_for_lock(tree.name)
    })?;
    // From here a SIGINT/SIGTERM stops the run at its next clean point.
    let _stop_at_clean_point = crate::interrupt::guard();
    let result = note_intent(conn, tree, req).and_then(|st| {
        let out = if tree.release.is_some() {
            migrate_release(conn, tree, req, obs)
        } else {
            migrate_locked(conn, tree, req, obs)
        }?;
        if let Some(st) = st {
            intent::clear(conn, tree, &st)?;
        }
        Ok(out)
    });
    lock::release(conn, tree.name);
    result
}

/// Records where a relative target goes before anything changes, so a rerun after
/// a kill ends where this run would have (see `db::intent`). Returns the state
/// read, with the intent table in it once recorded; none on a release's chain
/// (whose targets are that release's, and whose state is read on the way).
fn note_intent(
    conn: &mut dyn Connection,
    tree: &Tree,
    req: &Request<'_>,
) -> Result<Option<DbState>, Error> {
    if tree.release.is_some() {
        return Ok(None);
    }
    let mut st = state::read(conn, tree)?;
    if intent::is_relative(req.target) {
        let to = intent::resolve(conn, tree, &st, req.direction.name(), req.target)?;
        check_direction(tree, req.direction, st.position, to)?;
        intent::record(conn, tree, req.direction.name(), req.target, to)?;
        st.tables.push(intent::TABLE.to_string());
    }
    Ok(Some(st))
}

/// Moves a database onto (and along) an Asterisk release's own chain. Where the
/// database was built by another chain (master's, or another release's) that
/// made some revision differently, it is first reconciled onto the release's
/// chain at the same revision, changing exactly what differs and keeping rows;
/// where the release's chain lacks the database's revision, the database first
/// moves along its own chain to the release's target, then is reconciled.
fn migrate_release(
    conn: &mut dyn Connection,
    tree: &Tree,
    req: &Request<'_>,
    obs: &mut dyn Observer,
) -> Result<Outcome, Error> {
    let master = Tree::named(tree.name)?;
    let Some(release) = tree.release else {
        return migrate_locked(conn, tree, req, obs);
    };
    // An interrupted step of this very chain is finished (or undone) first, before
    // the database's shape is read.
    let recovered = match history::pending(conn, tree.name)? {
        Some(_) => {
            let st = state::read(conn, tree)?;
            let to = tree.resolve(req.target, st.position)?;
            resume::settle(conn, tree, st.position, Intent::Move(to), obs)?
        }
        None => None,
    };
    let (_, id) = state::version_id(conn, &master)?;
    let Some(id) = id else {
        return migrate_locked(conn, tree, req, obs);
    };
    let best = shape::identify_best(conn, &master, &id, false)?;
    let started = Instant::now();
    let mut steps = Vec::new();
    let d = conn.dialect();
    let (at, from_model) = match tree.position(&id) {
        Some(p) => (p, best.model),
        None => {
            // Walk the database's own chain to the release's target first.
            let (target, plan) = release_walk(
                conn,
                tree,
                release,
                &id,
                req.target,
                best,
                req.allow_data_loss,
            )?;
            let st = state::read(conn, &plan.tree)?;
            prepare_tables(conn, &plan.tree, &st)?;
            steps = apply(conn, &plan, obs)?;
            (target, model_at(&plan.tree, d, plan.to)?)
        }
    };
    let want = model_at(tree, d, at)?;
    let mut reconciled = Vec::new();
    if !same_schema(&from_model, &want, d) {
        let r = reconcile::reconcile_at(conn, tree, at, from_model)?;
        reconcile::check_before(
            conn,
            &r,
            req.allow_data_loss,
            req.direction == Direction::Upgrade,
        )?;
        let took = reconcile::apply_reconcile(conn, &r, None, obs)?;
        obs.reconciled(&r, took);
        reconciled = r.ops.iter().map(|o| o.describe()).collect();
    }
    let mut out = migrate_locked(conn, tree, req, obs)?;
    steps.append(&mut out.steps);
    out.steps = steps;
    if out.method.is_none() && !reconciled.is_empty() {
        out.method = Some(Method::Reconcile);
    }
    out.reconciled = reconciled;
    out.elapsed = started.elapsed();
    out.recovered = recovered.or(out.recovered);
    Ok(out)
}

fn migrate_locked(
    conn: &mut dyn Connection,
    tree: &Tree,
    req: &Request<'_>,
    obs: &mut dyn Observer,
) -> Result<Outcome, Error> {
    let (st, to) = where_to(conn, tree, req)?;
    let recovered = resume::settle(conn, tree, st.position, Intent::Move(to), obs)?;
    let st = match recovered {
        Some(_) => state::read(conn, tree)?,
        None => st,
    };
    if st.position == to {
        return Ok(Outcome {
            recovered,
            ..Outcome::nothing(tree, to)
        });
    }
    let d = conn.dialect();
    if req.direction == Direction::Upgrade
        && st.position == 0
        && !req.replay
        && is_fresh(tree, &st, d)?
    {
        preflight::check(
            conn,
            tree,
            0,
            to,
            &Default::default(),
            &model_at(tree, d, to)?,
        )?;
        return Ok(Outcome {
            recovered,
            ..fast_path(conn, tree, &st, to, obs)?
        });
    }
    let start = shape::live_model(conn, tree, st.position)?;
    let plan = plan_from(tree, d, st.position, to, start.clone())?;
    if st.position == 0 {
        refuse_unversioned(tree, &st, &plan)?;
    }
    check_plan(conn, &plan, &start, req.allow_data_loss)?;
    prepare_tables(conn, tree, &st)?;
    let steps = apply(conn, &plan, obs)?;
    Ok(Outcome {
        tree: *tree,
        from: st.position,
        to,
        method: Some(Method::Replay),
        elapsed: steps.iter().filter_map(|x| x.elapsed).sum(),
        steps,
        reconciled: Vec::new(),
        recovered,
    })
}

/// The way a run on release `release`'s chain (`tree`) goes first when the release's
/// scripts lack the database's revision `id`: along the chain that built it
/// (`built`, the best match for the live schema) to the release's `target`. Returns
/// the target's position on the release's chain and the walk's plan, checked as
/// every plan is.
pub(crate) fn release_walk(
    conn: &mut dyn Connection,
    tree: &Tree,
    release: &str,
    id: &str,
    target: &str,
    built: Candidate,
    allow_data_loss: bool,
) -> Result<(usize, Plan), Error> {
    let Candidate { lineage, model, .. } = built;
    let to = tree.resolve(target, 0).map_err(|_| {
        Error::OutOfRange(format!(
            "the database is at {id}, which Asterisk {release}'s scripts do not contain, and \
             {target:?} only means something in that release's scripts"
        ))
    })?;
    let to_id = tree.at(to).id;
    let Some(q) = lineage.tree.position(to_id) else {
        return Err(Error::OutOfRange(format!(
            "no way from {id} (as the database was built) to Asterisk {release}'s {to_id}: \
             `ast-schema reconcile` moves the database onto Asterisk's main branch first"
        )));
    };
    let plan = plan_from(&lineage.tree, conn.dialect(), lineage.pos, q, model.clone())?;
    check_plan(conn, &plan, &model, allow_data_loss)?;
    Ok((to, plan))
}

/// What a run checks before it changes anything, and `upgrade --dry-run` alike:
/// the server's rules (MySQL, Galera), views in the way (PostgreSQL), and the
/// stored data the plan would destroy (unless allowed). `start` is the schema the
/// plan starts from.
pub(crate) fn check_plan(
    conn: &mut dyn Connection,
    plan: &Plan,
    start: &Schema,
    allow_data_loss: bool,
) -> Result<(), Error> {
    let (tree, d, from, to) = (&plan.tree, plan.dialect, plan.from, plan.to);
    preflight::check(conn, tree, from, to, start, &model_at(tree, d, to)?)?;
    preflight::views_in_the_way(
        conn,
        plan.steps
            .iter()
            .map(|s| (s.label(), s.statements.as_slice())),
    )?;
    let effects: Vec<_> = loss::plan_effects(tree, d, from, to, start)?
        .into_iter()
        .flatten()
        .collect();
    let losses = loss::count(conn, start, &effects)?;
    let direction = if to >= from {
        Direction::Upgrade
    } else {
        Direction::Downgrade
    };
    loss::refuse(
        &format!(
            "{} {} -> {}",
            direction.name(),
            tree.label(from),
            tree.label(to)
        ),
        &losses,
        allow_data_loss,
    )
}

/// Refuses to build a tree from base over tables it would create (a database made
/// by hand or by Asterisk's SQL files): that needs `stamp`. `--dry-run` refuses alike.
pub(crate) fn refuse_unversioned(t: &Tree, st: &DbState, plan: &Plan) -> Result<(), Error> {
    let created = plan
        .steps
        .iter()
        .flat_map(|s| s.statements.iter())
        .filter_map(|sql| {
            let rest = sql.strip_prefix("CREATE TABLE ")?;
            let name = rest.split([' ', '(']).next()?;
            Some(name.trim_matches(['`', '"']).to_string())
        });
    for name in created {
        if st.has_table(&name) {
            let table = t.version_table();
            return Err(Error::Unversioned(if st.has_table(&table) {
                format!(
                    "{table} holds no revision, but the database already has table {name}: it was built \
                     without recording its revision (by hand, from Asterisk's SQL files, or a run that was \
                     stopped before recording it); if its schema matches a known revision, record that with \
                     `ast-schema stamp REV` first"
                )
            } else {
                format!(
                    "the database already has table {name} but no {table} table: it was not built by Alembic \
                     or ast-schema; if its schema matches a known revision, record that with \
                     `ast-schema stamp REV` first"
                )
            }));
        }
    }
    Ok(())
}

/// Sets the version table to `target` without running a migration.
pub fn stamp(
    conn: &mut dyn Connection,
    tree: &Tree,
    target: &str,
    lock_timeout: Duration,
    obs: &mut dyn Observer,
) -> Result<Outcome, Error> {
    let to = tree.resolve(target, 0)?;
    let name = tree.name;
    let mut on_wait = || obs.waiting_for_lock(name);
    lock::with_lock(conn, name, lock_timeout, &mut on_wait, |conn| {
        let st = state::read(conn, tree)?;
        prepare_tables(conn, tree, &st)?;
        let recovered = resume::settle(conn, tree, st.position, Intent::Stamp, &mut Silent)?;
        let d = conn.dialect();
        let from = id_at(tree, st.position);
        let table = tree.version_table();
        let mut books: Vec<Booked> = state::move_sql(d, &table, from, id_at(tree, to))
            .into_iter()
            .map(Booked::one)
            .collect();
        if to > 0 && st.position != to {
            let r = tree.at(to);
            books.push(Booked::one(history::insert_sql(
                d,
                &history::Entry {
                    tree: tree.name,
                    revision: r.id,
                    action: Action::Stamp,
                    from,
                    to: Some(r.id),
                    checksum: r.sha256,
                    method: Method::Stamp,
                    duration_ms: 0,
                    status: history::Status::Done,
                },
            )));
        }
        run_unit(conn, &[], &mut || books.clone(), None, &mut |_| {}).map_err(|f| {
            let what = format!("cannot write {table}");
            db_failure(&what, &f.error)
        })?;
        Ok(Outcome {
            tree: *tree,
            from: st.position,
            to,
            method: Some(Method::Stamp),
            steps: Vec::new(),
            elapsed: Duration::ZERO,
            reconciled: Vec::new(),
            recovered,
        })
    })
}
