//! Plans and applies steps: the migration context.
//!
//! [`plan`] turns "tree T from position A to B on dialect D" into rendered steps,
//! folding the schema model from base so each operation is rendered against the
//! schema it will meet. Planning touches no database, so a bad migration is found
//! before anything runs. [`apply`] runs a plan on a connection, one revision at a
//! time: on PostgreSQL and SQLite inside one transaction with its version-table
//! update; on MySQL, where DDL commits at once, statement by statement with the
//! version row written after each revision. [`script`] prints a plan instead.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::dialect::Dialect;
use crate::driver::{Connection, DbError};
use crate::error::{DbErrorKind, Error};
use crate::history;
use crate::lock;
use crate::model::Schema;
use crate::ops::Op;
use crate::revision::Tree;
use crate::state::{self, DbState, VersionSource};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Upgrade,
    Downgrade,
}

impl Direction {
    pub fn name(self) -> &'static str {
        match self {
            Direction::Upgrade => "upgrade",
            Direction::Downgrade => "downgrade",
        }
    }
}

/// One revision's worth of work.
#[derive(Debug, Clone)]
pub struct PlannedStep {
    pub direction: Direction,
    /// The revision being applied or reverted.
    pub revision: &'static str,
    pub message: &'static str,
    /// Revision ids before and after the step (`None` = base).
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
    pub statements: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub tree: Tree,
    pub dialect: Dialect,
    pub from: usize,
    pub to: usize,
    pub steps: Vec<PlannedStep>,
}

fn id_at(tree: &Tree, pos: usize) -> Option<&'static str> {
    (pos > 0).then(|| tree.at(pos).id)
}

/// The schema model at `pos` when the database got there by upgrading, folded
/// from base.
pub fn model_at(tree: &Tree, dialect: Dialect, pos: usize) -> Result<Schema, Error> {
    let mut schema = Schema::default();
    for p in 1..=pos {
        apply_ops(tree, dialect, p, Direction::Upgrade, &mut schema)?;
    }
    Ok(schema)
}

/// Folds revision `p`'s upgrade or downgrade operations into `schema`.
fn apply_ops(
    tree: &Tree,
    dialect: Dialect,
    p: usize,
    dir: Direction,
    schema: &mut Schema,
) -> Result<(), Error> {
    let m = tree.migration(p)?;
    let ops = if dir == Direction::Upgrade {
        &m.upgrade
    } else {
        &m.downgrade
    };
    for (i, step) in ops
        .iter()
        .enumerate()
        .filter(|(_, s)| s.applies_to(dialect))
    {
        schema
            .apply(&step.op, dialect)
            .map_err(|e| step_error(tree, p, dir, i, &step.op.describe(), &e))?;
    }
    Ok(())
}

/// Every schema a database at `pos` may have. Most downgrades undo their upgrade
/// exactly, but a few of Asterisk's do not (they re-add a column with another type,
/// or leave a column nullable that was not), so a database that came down from
/// above such a revision differs from one that came up. The first entry is the
/// way up; each further one is the way down from one such revision above `pos`.
pub fn possible_models(tree: &Tree, dialect: Dialect, pos: usize) -> Result<Vec<Schema>, Error> {
    // Nothing is above head, and every way down to base ends with no tables.
    if pos == 0 || pos == tree.len() {
        return Ok(vec![model_at(tree, dialect, pos)?]);
    }
    let above: Vec<usize> = divergent_revisions(tree, dialect)?
        .iter()
        .copied()
        .filter(|r| *r > pos)
        .collect();
    let mut out = vec![model_at(tree, dialect, pos)?];
    for r in above {
        // Come down from r to pos, unless a downgrade on the way cannot run.
        if downgrade_blocked(tree, dialect, pos + 1..=r)? {
            continue;
        }
        let mut down = model_at(tree, dialect, r)?;
        for q in (pos + 1..=r).rev() {
            apply_ops(tree, dialect, q, Direction::Downgrade, &mut down)?;
        }
        if !out
            .iter()
            .any(|m| crate::expected::same_schema(m, &down, dialect))
        {
            out.push(down);
        }
    }
    Ok(out)
}

/// Whether the downgrade of any revision in `range` is marked as failing on `dialect`.
fn downgrade_blocked(
    tree: &Tree,
    dialect: Dialect,
    range: std::ops::RangeInclusive<usize>,
) -> Result<bool, Error> {
    for p in range {
        if tree.migration(p)?.downgrade_broken_on(dialect).is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The positions of the revisions whose downgrade does not give back the schema
/// their upgrade started from, on `dialect`; worked out once per process.
pub fn divergent_revisions(tree: &Tree, dialect: Dialect) -> Result<Arc<Vec<usize>>, Error> {
    type Cache = Mutex<HashMap<(&'static str, Option<&'static str>, Dialect), Arc<Vec<usize>>>>;
    static FOUND: OnceLock<Cache> = OnceLock::new();
    let cache = FOUND.get_or_init(Default::default);
    if let Some(v) =
        cache
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&(tree.name, tree.release, dialect))
    {
        return Ok(Arc::clone(v));
    }
    let mut found = Vec::new();
    let mut before = Schema::default();
    for p in 1..=tree.len() {
        let mut after = before.clone();
        apply_ops(tree, dialect, p, Direction::Upgrade, &mut after)?;
        // A downgrade that cannot run leaves no database below it to tell apart.
        if !downgrade_blocked(tree, dialect, p..=p)? {
            let mut undone = after.clone();
            apply_ops(tree, dialect, p, Direction::Downgrade, &mut undone)?;
            if !crate::expected::same_schema(&undone, &before, dialect) {
                found.push(p);
            }
        }
        before = after;
    }
    let found = Arc::new(found);
    cache
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert((tree.name, tree.release, dialect), Arc::clone(&found));
    Ok(found)
}

/// The model that describes a live database at `pos`: the way up, unless the
/// database shows it came down another way, or was built by an Asterisk release
/// whose scripts made this revision differently (only then is its schema read).
/// A database that matches another release's chain better than this tree's is
/// refused: moving it onto this line is `reconcile`'s job.
pub fn live_model(conn: &mut dyn Connection, tree: &Tree, pos: usize) -> Result<Schema, Error> {
    let d = conn.dialect();
    let mut candidates: Vec<(Schema, Option<crate::releases::Lineage>)> =
        possible_models(tree, d, pos)?
            .into_iter()
            .map(|m| (m, None))
            .collect();
    if pos > 0 {
        let id = tree.at(pos).id;
        let master = Tree::named(tree.name)?;
        if crate::releases::contested(&master)?.contains(id) {
            let own: Vec<String> = (1..=pos).map(|q| tree.at(q).key()).collect();
            for l in crate::releases::lineages(&master, id)? {
                let keys: Vec<String> = (1..=l.pos).map(|q| l.tree.at(q).key()).collect();
                if keys == own {
                    continue;
                }
                let m = model_at(&l.tree, d, l.pos)?;
                if !candidates
                    .iter()
                    .any(|(c, _)| crate::expected::same_schema(c, &m, d))
                {
                    candidates.push((m, Some(l)));
                }
            }
        }
    }
    if candidates.len() == 1 {
        return Ok(candidates.remove(0).0);
    }
    let live = crate::verify::live_tree_dump(conn, tree)?;
    let scored: Vec<usize> = candidates
        .iter()
        .map(|(m, _)| crate::verify::compare(&crate::expected::render(m, d), &live).len())
        .collect();
    let best = (0..candidates.len())
        .min_by_key(|&i| (scored[i], candidates[i].1.is_some()))
        .unwrap_or(0);
    let own_best = (0..candidates.len())
        .filter(|&i| candidates[i].1.is_none())
        .map(|i| scored[i])
        .min()
        .unwrap_or(usize::MAX);
    if let Some(l) = &candidates[best].1 {
        if scored[best] < own_best {
            let id = tree.at(pos).id;
            let ours = crate::expected::render(&model_at(tree, d, pos)?, d);
            let theirs = crate::expected::render(&candidates[best].0, d);
            let line = match tree.release {
                Some(r) => format!("Asterisk {r}'s chain"),
                None => "the master line".to_string(),
            };
            let what = crate::releases::describe_difference(&ours, &theirs, &line);
            let built_by = if l.master {
                "the master line's scripts".to_string()
            } else {
                format!("Asterisk {}'s scripts", l.tree.release.unwrap_or("?"))
            };
            return Err(Error::Lineage(format!(
                "the database is at {id} as built by {built_by}, not as {line} builds it ({}); \
                 `ast-schema reconcile` moves it onto the master line, `--asterisk RELEASE` follows a release's own chain",
                what.iter().take(4).cloned().collect::<Vec<_>>().join("; ")
            )));
        }
    }
    Ok(candidates.swap_remove(best).0)
}

fn step_error(tree: &Tree, pos: usize, dir: Direction, i: usize, what: &str, e: &str) -> Error {
    Error::InvalidMigration(format!(
        "{}: {} step {} ({what}): {e}",
        tree.at(pos).file,
        dir.name(),
        i + 1
    ))
}

fn broken_downgrade(tree: &Tree, pos: usize, d: Dialect, reason: &str) -> Error {
    let r = tree.at(pos);
    let release = tree.release.or(r.variant).unwrap_or("this release");
    Error::BrokenDowngrade(format!(
        "cannot downgrade {} ({}) on {d} as Asterisk {release} ships it: {reason}. \
         Nothing was run; `ast-schema reconcile` moves the database onto the master line, \
         whose downgrade works",
        r.id, r.message
    ))
}

/// Plans the way from `from` to `to` on `dialect`.
pub fn plan(tree: &Tree, dialect: Dialect, from: usize, to: usize) -> Result<Plan, Error> {
    plan_from(tree, dialect, from, to, model_at(tree, dialect, from)?)
}

/// Plans the way from `from`, where the database has `schema`, to `to`.
pub fn plan_from(
    tree: &Tree,
    dialect: Dialect,
    from: usize,
    to: usize,
    mut schema: Schema,
) -> Result<Plan, Error> {
    let mut steps = Vec::new();
    let mut render = |p: usize, dir: Direction, schema: &mut Schema| -> Result<(), Error> {
        let m = tree.migration(p)?;
        if dir == Direction::Downgrade {
            if let Some(reason) = m.downgrade_broken_on(dialect) {
                return Err(broken_downgrade(tree, p, dialect, reason));
            }
        }
        let ops = if dir == Direction::Upgrade {
            &m.upgrade
        } else {
            &m.downgrade
        };
        let (idx, applicable): (Vec<usize>, Vec<&Op>) = ops
            .iter()
            .enumerate()
            .filter(|(_, s)| s.applies_to(dialect))
            .map(|(i, s)| (i, &s.op))
            .unzip();
        let statements = dialect
            .render_ops(&applicable, schema)
            .map_err(|(k, e)| step_error(tree, p, dir, idx[k], &applicable[k].describe(), &e))?;
        let (a, b) = if dir == Direction::Upgrade {
            (p - 1, p)
        } else {
            (p, p - 1)
        };
        let r = tree.at(p);
        steps.push(PlannedStep {
            direction: dir,
            revision: r.id,
            message: r.message,
            from: id_at(tree, a),
            to: id_at(tree, b),
            statements,
        });
        Ok(())
    };
    if to >= from {
        for p in from + 1..=to {
            render(p, Direction::Upgrade, &mut schema)?;
        }
    } else {
        for p in (to + 1..=from).rev() {
            render(p, Direction::Downgrade, &mut schema)?;
        }
    }
    Ok(Plan {
        tree: *tree,
        dialect,
        from,
        to,
        steps,
    })
}

/// How offline scripts group transactions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptTransactions {
    /// BEGIN/COMMIT around each revision (PostgreSQL, SQLite).
    PerRevision,
    /// One BEGIN/COMMIT around the whole script.
    Whole,
}

/// The plan as an SQL script for the dialect's own command-line client.
pub fn script(plan: &Plan, tx: ScriptTransactions) -> String {
    let d = plan.dialect;
    let table = plan.tree.version_table();
    let whole = d.transactional_ddl() && tx == ScriptTransactions::Whole;
    let per_revision = d.transactional_ddl() && !whole;
    let mut w = ScriptWriter {
        out: String::new(),
        dialect: d,
    };
    if whole {
        w.stmt("BEGIN");
    }
    if plan.from == 0 && plan.to > 0 {
        w.stmt(&state::create_table_sql(d, &table));
    }
    for s in &plan.steps {
        w.comment(&format!(
            "Running {} {} -> {}, {}",
            s.direction.name(),
            s.from.unwrap_or(""),
            s.to.unwrap_or(""),
            s.message
        ));
        if per_revision {
            w.stmt("BEGIN");
        }
        for st in &s.statements {
            w.stmt(st);
        }
        if let Some(v) = state::move_sql(d, &table, s.from, s.to) {
            w.stmt(&v);
        }
        if per_revision {
            w.stmt("COMMIT");
        }
    }
    if whole {
        w.stmt("COMMIT");
    }
    w.out
}

struct ScriptWriter {
    out: String,
    dialect: Dialect,
}

impl ScriptWriter {
    fn stmt(&mut self, sql: &str) {
        self.out.push_str(sql);
        self.out.push_str(self.dialect.terminator());
        self.out.push_str("\n\n");
    }

    fn comment(&mut self, text: &str) {
        for line in text.lines() {
            self.out.push_str("-- ");
            self.out.push_str(line);
            self.out.push('\n');
        }
        self.out.push('\n');
    }
}

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

/// A request to move one tree.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub direction: Direction,
    pub target: &'a str,
    pub lock_timeout: Duration,
    /// Apply revision by revision even where the fast path could build the schema
    /// at once.
    pub replay: bool,
}

/// What a run did.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub tree: Tree,
    pub from: usize,
    pub to: usize,
    /// `none` (nothing to do), `replay`, `fast-path` or `stamp`.
    pub method: &'static str,
    pub steps: Vec<StepRecord>,
    /// Time spent changing the database (zero when nothing was done).
    pub elapsed: Duration,
    /// What a reconciliation changed on the way (empty when none was needed).
    pub reconciled: Vec<String>,
}

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

/// Where the database is and where the request takes it.
fn where_to(
    conn: &mut dyn Connection,
    tree: &Tree,
    req: &Request<'_>,
) -> Result<(DbState, usize), Error> {
    let st = state::read(conn, tree)?;
    let to = tree.resolve(req.target, st.position)?;
    check_direction(tree, req.direction, st.position, to)?;
    Ok((st, to))
}

impl Outcome {
    /// A run that found the database already at `pos`.
    pub fn nothing(tree: &Tree, pos: usize) -> Outcome {
        Outcome {
            tree: *tree,
            from: pos,
            to: pos,
            method: "none",
            steps: Vec::new(),
            elapsed: Duration::ZERO,
            reconciled: Vec::new(),
        }
    }
}

/// Checks that `to` lies in the direction asked for.
pub fn check_direction(t: &Tree, dir: Direction, from: usize, to: usize) -> Result<(), Error> {
    match dir {
        Direction::Upgrade if to < from => Err(Error::OutOfRange(format!(
            "{} is below the current revision {}; use downgrade",
            t.label(to),
            t.label(from)
        ))),
        Direction::Downgrade if to > from => Err(Error::OutOfRange(format!(
            "{} is above the current revision {}; use upgrade",
            t.label(to),
            t.label(from)
        ))),
        _ => Ok(()),
    }
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
        if st.position == to {
            return Ok(Outcome::nothing(tree, to));
        }
    }
    lock::acquire(conn, tree.name, req.lock_timeout, &mut || {
        obs.waiting_for_lock(tree.name)
    })?;
    let result = if tree.release.is_some() {
        migrate_release(conn, tree, req, obs)
    } else {
        migrate_locked(conn, tree, req, obs)
    };
    lock::release(conn, tree.name);
    result
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
    let release = tree.release.unwrap_or_default();
    let (_, id) = state::version_id(conn, &master)?;
    let Some(id) = id else {
        return migrate_locked(conn, tree, req, obs);
    };
    let found = identify(conn, &master, &id, false)?;
    let (lineage, built, _) = found
        .into_iter()
        .next()
        .expect("identify returns at least one chain");
    let started = Instant::now();
    let mut steps = Vec::new();
    let d = conn.dialect();
    let (at, from_model) = match tree.position(&id) {
        Some(p) => (p, built),
        None => {
            // Walk the database's own chain to the release's target first.
            let target = tree.resolve(req.target, 0).map_err(|_| {
                Error::OutOfRange(format!(
                    "the database is at {id}, which Asterisk {release}'s scripts do not contain, and \
                     {:?} only means something on that chain",
                    req.target
                ))
            })?;
            let target_id = tree.at(target).id;
            let Some(q) = lineage.tree.position(target_id) else {
                return Err(Error::OutOfRange(format!(
                    "no way from {id} (the chain the database was built by) to Asterisk {release}'s {target_id}: \
                     `ast-schema reconcile` moves the database onto the master line first"
                )));
            };
            let plan = plan_from(&lineage.tree, d, lineage.pos, q, built)?;
            let st = state::read(conn, &lineage.tree)?;
            prepare_tables(conn, &lineage.tree, &st)?;
            steps = apply(conn, &plan, obs)?;
            (target, model_at(&lineage.tree, d, q)?)
        }
    };
    let want = model_at(tree, d, at)?;
    let mut reconciled = Vec::new();
    if !crate::expected::same_schema(&from_model, &want, d) {
        let r = reconcile_at(conn, tree, at, from_model)?;
        let took = apply_reconcile(conn, &r, obs)?;
        obs.reconciled(&r, took);
        reconciled = r.ops.iter().map(|o| o.describe()).collect();
    }
    let mut out = migrate_locked(conn, tree, req, obs)?;
    steps.append(&mut out.steps);
    out.steps = steps;
    if out.method == "none" && !reconciled.is_empty() {
        out.method = "reconcile";
    }
    out.reconciled = reconciled;
    out.elapsed = started.elapsed();
    Ok(out)
}

/// A reconciliation of a database whose schema is `from_model` onto `to` at `to_pos`.
fn reconcile_at(
    conn: &mut dyn Connection,
    to: &Tree,
    to_pos: usize,
    from_model: Schema,
) -> Result<Reconciliation, Error> {
    let master = Tree::named(to.name)?;
    let (_, id) = state::version_id(conn, &master)?;
    let id = id.unwrap_or_default();
    let from = identify(conn, &master, &id, false)?
        .into_iter()
        .next()
        .expect("identify returns at least one chain")
        .0;
    reconciliation(conn.dialect(), id, from, from_model, to, to_pos)
}

fn migrate_locked(
    conn: &mut dyn Connection,
    tree: &Tree,
    req: &Request<'_>,
    obs: &mut dyn Observer,
) -> Result<Outcome, Error> {
    let (st, to) = where_to(conn, tree, req)?;
    if st.position == to {
        return Ok(Outcome::nothing(tree, to));
    }
    if req.direction == Direction::Upgrade
        && st.position == 0
        && !req.replay
        && is_fresh(tree, &st, conn.dialect())?
    {
        return fast_path(conn, tree, &st, to, obs);
    }
    let start = live_model(conn, tree, st.position)?;
    let plan = plan_from(tree, conn.dialect(), st.position, to, start)?;
    if st.position == 0 {
        refuse_unversioned(tree, &st, &plan)?;
    }
    prepare_tables(conn, tree, &st)?;
    let steps = apply(conn, &plan, obs)?;
    Ok(Outcome {
        tree: *tree,
        from: st.position,
        to,
        method: "replay",
        elapsed: steps.iter().filter_map(|x| x.elapsed).sum(),
        steps,
        reconciled: Vec::new(),
    })
}

/// Whether the database has none of the tables any revision of `tree` creates.
fn is_fresh(tree: &Tree, st: &DbState, d: Dialect) -> Result<bool, Error> {
    Ok(!crate::verify::tree_tables(tree, d)?
        .iter()
        .any(|t| st.has_table(t)))
}

/// The fresh-database fast path: instead of replaying every revision, build the
/// schema of revision `to` directly from the folded model (the same tables, columns
/// in the same order, the same names, enum types, indexes and constraints) and
/// record the version, all in one transaction where the database allows.
fn fast_path(
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
    let table = tree.version_table();
    let target = tree.at(to).id;
    let mut bookkeeping: Vec<String> = state::move_sql(d, &table, None, Some(target))
        .into_iter()
        .collect();
    for p in 1..=to {
        let r = tree.at(p);
        bookkeeping.push(history::insert_sql(
            d,
            &history::Entry {
                tree: tree.name,
                revision: r.id,
                direction: "upgrade",
                from: r.down,
                to: Some(r.id),
                checksum: r.sha256,
                method: "fast-path",
                duration_ms: if p == to {
                    started.elapsed().as_millis()
                } else {
                    0
                },
            },
        ));
    }
    let fail = |i: usize, n: usize, sql: &str, e: &DbError, note: &str| {
        let shown: String = sql
            .split_whitespace()
            .take(12)
            .collect::<Vec<_>>()
            .join(" ");
        let msg = format!(
            "building {} directly (fast path) failed at statement {} of {n} ({shown} ...): {e}; {note}",
            target,
            i + 1
        );
        match e.kind {
            DbErrorKind::Permission => Error::Permission(msg),
            _ => Error::Migration(msg),
        }
    };
    if d.transactional_ddl() {
        conn.execute("BEGIN")
            .map_err(|e| db_failure("cannot begin a transaction", &e))?;
        let all: Vec<&String> = statements.iter().chain(&bookkeeping).collect();
        for (i, sql) in all.iter().enumerate() {
            obs.statement(sql);
            if let Err(e) = conn.execute(sql) {
                let _ = conn.execute("ROLLBACK");
                return Err(fail(
                    i,
                    all.len(),
                    sql,
                    &e,
                    "nothing was created; the database is still at base",
                ));
            }
        }
        if let Err(e) = conn.execute("COMMIT") {
            let _ = conn.execute("ROLLBACK");
            return Err(fail(
                all.len(),
                all.len(),
                "COMMIT",
                &e,
                "nothing was created; the database is still at base",
            ));
        }
    } else {
        for (i, sql) in statements.iter().enumerate() {
            obs.statement(sql);
            if let Err(e) = conn.execute(sql) {
                let note = if i == 0 {
                    "nothing was created; the database is still at base".to_string()
                } else {
                    format!(
                        "statements 1-{i} had already run (MySQL cannot undo DDL) and the version is still base: \
                         drop the tables they created and run again (`--replay` goes revision by revision)"
                    )
                };
                return Err(fail(i, statements.len(), sql, &e, &note));
            }
        }
        let mut sqls = vec!["START TRANSACTION".to_string()];
        sqls.extend(bookkeeping);
        sqls.push("COMMIT".into());
        for sql in &sqls {
            if let Err(e) = conn.execute(sql) {
                let _ = conn.execute("ROLLBACK");
                let note = format!("every table was created, but {table} could not be written: run `ast-schema stamp {target}`");
                return Err(fail(statements.len(), statements.len(), sql, &e, &note));
            }
        }
    }
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
        method: "fast-path",
        steps,
        elapsed,
        reconciled: Vec::new(),
    })
}

/// Refuses to build a tree from base over tables it would create (a database made
/// by hand or by Asterisk's SQL files): that needs `stamp`.
fn refuse_unversioned(t: &Tree, st: &DbState, plan: &Plan) -> Result<(), Error> {
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
            return Err(Error::Unversioned(format!(
                "the database already has table {name} but no {} table: it was not built by Alembic or ast-schema; \
                 if its schema matches a known revision, record that with `ast-schema stamp REV` first",
                t.version_table()
            )));
        }
    }
    Ok(())
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
        VersionSource::Legacy => sqls.push(state::rename_legacy_sql(d, &table)),
        VersionSource::Missing => sqls.push(state::create_table_sql(d, &table)),
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

/// Sets the version table to `target` without running a migration.
pub fn stamp(
    conn: &mut dyn Connection,
    tree: &Tree,
    target: &str,
    lock_timeout: Duration,
    obs: &mut dyn Observer,
) -> Result<Outcome, Error> {
    let to = tree.resolve(target, 0)?;
    lock::acquire(conn, tree.name, lock_timeout, &mut || {
        obs.waiting_for_lock(tree.name)
    })?;
    let result = (|| {
        let st = state::read(conn, tree)?;
        prepare_tables(conn, tree, &st)?;
        let d = conn.dialect();
        let from = id_at(tree, st.position);
        let table = tree.version_table();
        let mut sqls: Vec<String> = state::move_sql(d, &table, from, id_at(tree, to))
            .into_iter()
            .collect();
        if to > 0 && st.position != to {
            let r = tree.at(to);
            sqls.push(history::insert_sql(
                d,
                &history::Entry {
                    tree: tree.name,
                    revision: r.id,
                    direction: "stamp",
                    from,
                    to: Some(r.id),
                    checksum: r.sha256,
                    method: "stamp",
                    duration_ms: 0,
                },
            ));
        }
        for sql in sqls {
            conn.execute(&sql)
                .map_err(|e| db_failure(&format!("cannot write {table}"), &e))?;
        }
        Ok(Outcome {
            tree: *tree,
            from: st.position,
            to,
            method: "stamp",
            steps: Vec::new(),
            elapsed: Duration::ZERO,
            reconciled: Vec::new(),
        })
    })();
    lock::release(conn, tree.name);
    result
}

fn db_failure(what: &str, e: &DbError) -> Error {
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
        let version = state::move_sql(d, &table, s.from, s.to);
        let checksum = plan
            .tree
            .at(plan.tree.position(s.revision).unwrap_or(1))
            .sha256;
        let entry = |elapsed: Duration| {
            history::insert_sql(
                d,
                &history::Entry {
                    tree: plan.tree.name,
                    revision: s.revision,
                    direction: s.direction.name(),
                    from: s.from,
                    to: s.to,
                    checksum,
                    method: "replay",
                    duration_ms: elapsed.as_millis(),
                },
            )
        };
        if d.transactional_ddl() {
            conn.execute("BEGIN")
                .map_err(|e| db_failure("cannot begin a transaction", &e))?;
            let body: Vec<&str> = s
                .statements
                .iter()
                .map(String::as_str)
                .chain(version.as_deref())
                .collect();
            for (i, sql) in body.iter().enumerate() {
                obs.statement(sql);
                if let Err(e) = conn.execute(sql) {
                    let _ = conn.execute("ROLLBACK");
                    let note = format!(
                        "the revision was rolled back; the database is still at {}",
                        s.from.unwrap_or("base")
                    );
                    return Err(step_failed(s, i, body.len(), sql, &e, note));
                }
            }
            let bookkeeping = entry(started.elapsed());
            let commit = conn
                .execute(&bookkeeping)
                .and_then(|_| conn.execute("COMMIT"));
            if let Err(e) = commit {
                let _ = conn.execute("ROLLBACK");
                let note = format!(
                    "the revision was not committed; the database is still at {}",
                    s.from.unwrap_or("base")
                );
                return Err(step_failed(s, body.len(), body.len(), "COMMIT", &e, note));
            }
        } else {
            for (i, sql) in s.statements.iter().enumerate() {
                obs.statement(sql);
                if let Err(e) = conn.execute(sql) {
                    return Err(step_failed(
                        s,
                        i,
                        s.statements.len(),
                        sql,
                        &e,
                        match (i, drift_from(conn, &plan.tree, s.from)) {
                            (0, Some(diffs)) => interrupted_note(s, &diffs),
                            _ => mysql_recovery(s, i, &table),
                        },
                    ));
                }
            }
            // The version row and the history row commit together.
            let mut sqls = vec!["START TRANSACTION".to_string()];
            sqls.extend(version.clone());
            sqls.push(entry(started.elapsed()));
            sqls.push("COMMIT".into());
            for sql in &sqls {
                if let Err(e) = conn.execute(sql) {
                    let _ = conn.execute("ROLLBACK");
                    let note = format!(
                        "every statement of the revision ran, but {table} could not be updated: run `ast-schema stamp {}`",
                        s.to.unwrap_or("base")
                    );
                    return Err(step_failed(
                        s,
                        s.statements.len(),
                        s.statements.len(),
                        sql,
                        &e,
                        note,
                    ));
                }
            }
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

/// How the live schema differs from revision `from` (upgrade path), if it does:
/// on MySQL the trace an interrupted earlier run leaves behind.
fn drift_from(conn: &mut dyn Connection, tree: &Tree, from: Option<&str>) -> Option<Vec<String>> {
    let d = conn.dialect();
    let pos = from.and_then(|f| tree.position(f)).unwrap_or(0);
    let model = live_model(conn, tree, pos).ok()?;
    let live = crate::introspect::dump(conn, false).ok()?;
    let owned = crate::verify::tree_tables(tree, d).ok()?;
    let diffs: Vec<String> = crate::verify::compare(&crate::expected::render(&model, d), &live)
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

/// What to tell a MySQL user whose revision stopped after `i` statements.
fn mysql_recovery(s: &PlannedStep, i: usize, table: &str) -> String {
    let from = s.from.unwrap_or("base");
    let to = s.to.unwrap_or("base");
    if i == 0 {
        return format!("nothing of this revision had run; the database is still at {from}");
    }
    format!(
        "statements 1-{i} of this revision had already run and MySQL cannot undo DDL, while {table} still says {from}; \
         to recover, either run the rest by hand (`ast-schema {dir} {from}:{to} --sql` prints them all) and then \
         `ast-schema stamp {to}`, or undo statements 1-{i} by hand",
        dir = s.direction.name()
    )
}

fn step_failed(s: &PlannedStep, i: usize, n: usize, sql: &str, e: &DbError, note: String) -> Error {
    let mut shown: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
    if shown.len() > 160 {
        let mut end = 157;
        while !shown.is_char_boundary(end) {
            end -= 1;
        }
        shown.truncate(end);
        shown.push_str("...");
    }
    let msg = format!(
        "{} {} -> {} failed at statement {} of {} ({shown}): {e}; {note}",
        s.direction.name(),
        s.from.unwrap_or("base"),
        s.to.unwrap_or("base"),
        i + 1,
        n
    );
    match e.kind {
        DbErrorKind::Permission => Error::Permission(msg),
        _ => Error::Migration(msg),
    }
}

/// The chains a database at revision `id` of `master`'s tree may have been built
/// by (master's and the releases'), each with its model, grouped where they give the
/// same schema, and scored against the live schema: the number of lines that differ
/// (`None` when only one shape is possible and `compare` is false).
pub fn identify(
    conn: &mut dyn Connection,
    master: &Tree,
    id: &str,
    compare: bool,
) -> Result<Vec<(crate::releases::Lineage, Schema, Option<usize>)>, Error> {
    let d = conn.dialect();
    let mut cands: Vec<(crate::releases::Lineage, Schema, Option<usize>)> = Vec::new();
    for l in crate::releases::lineages(master, id)? {
        let m = model_at(&l.tree, d, l.pos)?;
        match cands
            .iter_mut()
            .find(|(_, c, _)| crate::expected::same_schema(c, &m, d))
        {
            Some((existing, _, _)) => {
                existing.releases.extend(l.releases.iter().copied());
                if l.master {
                    let releases = std::mem::take(&mut existing.releases);
                    *existing = crate::releases::Lineage { releases, ..l };
                }
            }
            None => cands.push((l, m, None)),
        }
    }
    if cands.is_empty() {
        return Err(Error::UnknownRevision(format!(
            "no chain of tree {} reaches {id}",
            master.name
        )));
    }
    if cands.len() > 1 || compare {
        let live = crate::verify::live_tree_dump(conn, master)?;
        for (_, m, score) in cands.iter_mut() {
            *score = Some(crate::verify::compare(&crate::expected::render(m, d), &live).len());
        }
        cands.sort_by_key(|(l, _, s)| (s.unwrap_or(0), !l.master));
    }
    Ok(cands)
}

/// What `reconcile` will do: move the database at `from_id` (built as `from`) onto
/// `to`'s chain at position `to_pos`.
#[derive(Debug, Clone)]
pub struct Reconciliation {
    pub from_id: String,
    /// Where the database stands: master's line, or the releases it was built by.
    pub from: crate::releases::Lineage,
    pub to: Tree,
    pub to_pos: usize,
    pub ops: Vec<Op>,
    pub statements: Vec<String>,
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
    let found = identify(conn, &master, &id, true)?;
    let (from, from_model, _) = found
        .into_iter()
        .next()
        .expect("identify returns at least one chain");
    let to_pos = match to.position(&id) {
        Some(p) => p,
        None => {
            let mut best = (usize::MAX, 0);
            for p in 1..=to.len() {
                let m = model_at(to, d, p)?;
                let score = crate::verify::compare(
                    &crate::expected::render(&m, d),
                    &crate::expected::render(&from_model, d),
                )
                .len();
                if score <= best.0 {
                    best = (score, p);
                }
            }
            best.1
        }
    };
    reconciliation(d, id, from, from_model, to, to_pos)
}

/// The operations and statements that take `from_model` onto `to` at `to_pos`.
fn reconciliation(
    d: Dialect,
    from_id: String,
    from: crate::releases::Lineage,
    from_model: Schema,
    to: &Tree,
    to_pos: usize,
) -> Result<Reconciliation, Error> {
    let target = model_at(to, d, to_pos)?;
    let ops = crate::reconcile::diff(&from_model, &target, d);
    let refs: Vec<&Op> = ops.iter().collect();
    let mut scratch = from_model;
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
        ops,
        statements,
    })
}

/// The version-table and history statements that record a reconciliation.
pub fn reconcile_bookkeeping(d: Dialect, r: &Reconciliation, elapsed: Duration) -> Vec<String> {
    let table = r.to.version_table();
    let target = r.to.at(r.to_pos);
    let mut out = Vec::new();
    if r.from_id != target.id {
        out.extend(state::move_sql(
            d,
            &table,
            Some(&r.from_id),
            Some(target.id),
        ));
    }
    out.push(history::insert_sql(
        d,
        &history::Entry {
            tree: r.to.name,
            revision: target.id,
            direction: "reconcile",
            from: Some(&r.from_id),
            to: Some(target.id),
            checksum: target.sha256,
            method: "reconcile",
            duration_ms: elapsed.as_millis(),
        },
    ));
    out
}

/// Runs a reconciliation: one transaction where the database allows.
pub fn apply_reconcile(
    conn: &mut dyn Connection,
    r: &Reconciliation,
    obs: &mut dyn Observer,
) -> Result<Duration, Error> {
    let d = conn.dialect();
    let started = Instant::now();
    let st = state::read(conn, &Tree::named(r.to.name)?).unwrap_or(DbState {
        tables: state::list_tables(conn)?,
        source: VersionSource::TreeTable,
        position: 0,
    });
    if !st.has_table(history::TABLE) {
        conn.execute(&history::create_sql(d))
            .map_err(|e| db_failure("cannot create ast_schema_history", &e))?;
    }
    let tx = d.transactional_ddl();
    let begin = if tx { "BEGIN" } else { "START TRANSACTION" };
    let mut all: Vec<String> = Vec::new();
    if tx {
        all.push(begin.into());
    }
    all.extend(r.statements.iter().cloned());
    if !tx {
        all.push(begin.into());
    }
    all.extend(reconcile_bookkeeping(d, r, started.elapsed()));
    all.push("COMMIT".into());
    for (i, sql) in all.iter().enumerate() {
        obs.statement(sql);
        if let Err(e) = conn.execute(sql) {
            let _ = conn.execute("ROLLBACK");
            let note = if tx || i == 0 {
                "nothing was changed".to_string()
            } else {
                format!("statements 1-{i} had already run (MySQL cannot undo DDL); `ast-schema reconcile --sql` prints the rest")
            };
            return Err(Error::Migration(format!(
                "reconcile failed at statement {} ({}): {e}; {note}",
                i + 1,
                sql.split_whitespace()
                    .take(10)
                    .collect::<Vec<_>>()
                    .join(" ")
            )));
        }
    }
    Ok(started.elapsed())
}
