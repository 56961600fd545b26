//! Crash recovery: finishing or undoing a step an earlier run left half done.
//!
//! On PostgreSQL and SQLite a step is one transaction, so a killed run leaves
//! nothing behind. On MySQL/MariaDB every DDL statement commits by itself, so a
//! step is recorded first (a `started` row in `ast_schema_history`, advanced after
//! each statement; see `db::history`). Before a command changes a tree, [`settle`]
//! looks for such a row, rebuilds the step it stands for (the same statements, from
//! the same model), and asks the schema model what the database must look like
//! after each of them. The live schema has to match the state the recorded
//! progress names (or the next one: a run killed between a statement and its
//! progress mark); then the step is finished from there, or, when the command goes
//! the other way, undone back to where it began. A database that matches no
//! predicted state is refused with the differences, and nothing is changed.

use std::time::Instant;

use crate::db::driver::Connection;
use crate::db::history::{self, Method, Pending, Status};
use crate::db::unit::{run_unit, Booked, Tracking};
use crate::db::version;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::Op;
use crate::definitions::revision::Tree;
use crate::dialect::expected;
use crate::engine::apply::{db_failure, run_step, shorten};
use crate::engine::diff;
use crate::engine::fast_path;
use crate::engine::observer::Observer;
use crate::engine::plan::Reconciliation;
use crate::engine::plan::{id_at, model_at, Direction, PlannedStep};
use crate::engine::reconcile::{apply_reconcile, reconciliation};
use crate::engine::shape::{identify, live_tree_dump, possible_models};
use crate::error::Error;
use crate::model::compare::compare;
use crate::model::Schema;

/// What the command that found an interrupted step wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// Move the tree to this position.
    Move(usize),
    /// Write the version row only: the operator says where the database is.
    Stamp,
}

/// The step an interrupted run left, rebuilt: its statements, the schema before
/// them, and the schema after each (where one statement leaves a state the model
/// knows).
struct Rebuilt {
    /// "upgrade A -> B" / "building B at once", for messages.
    what: String,
    statements: Vec<String>,
    before: Schema,
    /// After statement k (0-based: `states[k]` is after k+1 statements); `None`
    /// in the middle of an operation that takes several statements.
    states: Vec<Option<Schema>>,
    kind: Kind,
}

enum Kind {
    Replay(PlannedStep),
    FastPath(usize),
    Reconcile(Box<Reconciliation>),
}

impl Rebuilt {
    /// The schema after `k` statements, when the model knows it.
    fn state(&self, k: usize) -> Option<&Schema> {
        match k {
            0 => Some(&self.before),
            k => self.states.get(k - 1).and_then(Option::as_ref),
        }
    }
}

/// Finishes or undoes the step an interrupted run of `tree` left behind, if any
/// (see the module doc), before a command with `intent` runs. The database is at
/// `position` by its version row. Returns what was done, for the report.
pub fn settle(
    conn: &mut dyn Connection,
    tree: &Tree,
    position: usize,
    intent: Intent,
    obs: &mut dyn Observer,
) -> Result<Option<String>, Error> {
    let Some(p) = history::pending(conn, tree.name)? else {
        return Ok(None);
    };
    let d = conn.dialect();
    if intent == Intent::Stamp {
        close(conn, p.id, Status::Abandoned)?;
        return Ok(Some(format!(
            "set aside the interrupted {} (it had run {} statement(s)): stamp says where the database is",
            describe(&p),
            p.progress
        )));
    }
    let rebuilt = rebuild(conn, tree, position, &p)?;
    let k = place(conn, tree, d, &rebuilt, &p)?;
    let Intent::Move(to) = intent else {
        return Ok(None);
    };
    let forward = match &rebuilt.kind {
        Kind::Replay(s) => match s.direction {
            Direction::Upgrade => to > position,
            Direction::Downgrade => to < position,
        },
        Kind::FastPath(target) => to == *target,
        // A reconcile changes chains at one revision; whatever comes next starts
        // from where it was going.
        Kind::Reconcile(_) => true,
    };
    let n = rebuilt.statements.len();
    if forward {
        let tracking = Some(Tracking { id: p.id, start: k });
        match &rebuilt.kind {
            Kind::Replay(s) => {
                run_step(conn, tree, s, tracking, obs)?;
            }
            Kind::FastPath(target) => {
                fast_path::build(
                    conn,
                    tree,
                    *target,
                    &rebuilt.statements,
                    tracking,
                    Instant::now(),
                    obs,
                )?;
            }
            Kind::Reconcile(r) => {
                apply_reconcile(conn, r, tracking, obs)?;
            }
        }
        return Ok(Some(format!(
            "found the {} interrupted after statement {k} of {n}; finished it",
            rebuilt.what
        )));
    }
    let now = rebuilt
        .state(k)
        .cloned()
        .ok_or_else(|| unplaceable(&rebuilt, k, "it stopped inside a statement group"))?;
    undo(conn, d, &now, &rebuilt.before, obs)?;
    close(conn, p.id, Status::RolledBack)?;
    Ok(Some(format!(
        "found the {} interrupted after statement {k} of {n}; undid those statements",
        rebuilt.what
    )))
}

fn describe(p: &Pending) -> String {
    let from = p.from.as_deref().unwrap_or("base");
    let to = p.to.as_deref().unwrap_or("base");
    match p.method {
        Method::FastPath => format!("build of {to} at once (fast path)"),
        _ => format!("{} {from} -> {to}", p.action.name()),
    }
}

fn close(conn: &mut dyn Connection, id: i64, status: Status) -> Result<(), Error> {
    let d = conn.dialect();
    conn.execute(&history::close_sql(d, id, status, 0))
        .map_err(|e| db_failure("cannot update ast_schema_history", &e))
}

/// The step `p` stands for, rendered again as the interrupted run rendered it.
fn rebuild(
    conn: &mut dyn Connection,
    tree: &Tree,
    position: usize,
    p: &Pending,
) -> Result<Rebuilt, Error> {
    let d = conn.dialect();
    let pos = |id: &Option<String>| -> Result<usize, Error> {
        match id {
            None => Ok(0),
            Some(id) => tree.position(id).ok_or_else(|| {
                Error::Interrupted(format!(
                    "an interrupted {} was recorded, but {id} is not a revision of {}; run the command \
                     that was interrupted again (with the same --asterisk), or `ast-schema stamp` where the \
                     database really is",
                    describe(p),
                    match tree.release {
                        Some(r) => format!("Asterisk {r}'s scripts"),
                        None => "Asterisk's main branch".to_string(),
                    }
                ))
            }),
        }
    };
    let (a, b) = (pos(&p.from)?, pos(&p.to)?);
    match p.method {
        Method::FastPath => {
            if position != 0 {
                return Err(Error::Interrupted(format!(
                    "an interrupted {} was recorded, but the version table says {}; `ast-schema stamp` where \
                     the database really is, then run again",
                    describe(p),
                    tree.label(position)
                )));
            }
            let model = model_at(tree, d, b)?;
            let marked = d.render_schema_marked(&model).map_err(|e| {
                Error::InvalidMigration(format!(
                    "cannot build revision {} directly: {e}",
                    tree.label(b)
                ))
            })?;
            let built: Vec<_> = marked.iter().map(|(_, b)| *b).collect();
            let states = (1..=built.len())
                .map(|k| Some(d.partial_schema(&model, &built[..k])))
                .collect();
            Ok(Rebuilt {
                what: describe(p),
                statements: marked.into_iter().map(|(sql, _)| sql).collect(),
                before: Schema::default(),
                states,
                kind: Kind::FastPath(b),
            })
        }
        Method::Replay if a == position && a.abs_diff(b) == 1 => {
            // The step starts from the model at `a`; where a lossy downgrade makes
            // that ambiguous, the one whose states the database matches wins (the
            // first is the usual way up).
            let mut out = Vec::new();
            for start in possible_models(tree, d, a)? {
                out.push(rebuild_replay(tree, d, a, b, start, p)?);
            }
            Ok(best_match(conn, tree, out)?)
        }
        Method::Reconcile => {
            let master = Tree::named(tree.name)?;
            let to_pos = tree.position(p.to.as_deref().unwrap_or_default()).ok_or_else(|| {
                Error::Interrupted(format!(
                    "an interrupted {} was recorded onto another chain than this command's; run the \
                     command that was interrupted again (with the same --asterisk)",
                    describe(p)
                ))
            })?;
            let from_id = p.from.clone().unwrap_or_default();
            let mut out = Vec::new();
            for c in identify(conn, &master, &from_id, false)? {
                let r = reconciliation(d, from_id.clone(), c.lineage, c.model, tree, to_pos)?;
                let refs: Vec<&Op> = r.ops.iter().collect();
                let (statements, states) = marked(d, &r.from_model, &refs, p)?;
                out.push(Rebuilt {
                    what: describe(p),
                    statements,
                    before: r.from_model.clone(),
                    states,
                    kind: Kind::Reconcile(Box::new(r)),
                });
            }
            Ok(best_match(conn, tree, out)?)
        }
        _ => Err(Error::Interrupted(format!(
            "an interrupted {} was recorded, but the version table says {}: they do not fit; \
             `ast-schema stamp` where the database really is, then run again",
            describe(p),
            tree.label(position)
        ))),
    }
}

fn rebuild_replay(
    tree: &Tree,
    d: Dialect,
    a: usize,
    b: usize,
    start: Schema,
    p: &Pending,
) -> Result<Rebuilt, Error> {
    let pos = a.max(b);
    let m = tree.migration(pos)?;
    let list = if b > a { &m.upgrade } else { &m.downgrade };
    let ops: Vec<&Op> = list
        .iter()
        .filter(|s| s.applies_to(d))
        .map(|s| &s.op)
        .collect();
    let (statements, states) = marked(d, &start, &ops, p)?;
    let r = tree.at(pos);
    let step = PlannedStep {
        direction: if b > a {
            Direction::Upgrade
        } else {
            Direction::Downgrade
        },
        revision: r.id,
        message: r.message,
        from: id_at(tree, a),
        to: id_at(tree, b),
        statements: statements.clone(),
    };
    Ok(Rebuilt {
        what: describe(p),
        statements,
        before: start,
        states,
        kind: Kind::Replay(step),
    })
}

/// The statements of `ops` rendered from `start`, and the schema after each where
/// the model knows it.
fn marked(
    d: Dialect,
    start: &Schema,
    ops: &[&Op],
    p: &Pending,
) -> Result<(Vec<String>, Vec<Option<Schema>>), Error> {
    let bad = |i: usize, e: String| {
        Error::InvalidMigration(format!("{}: step {}: {e}", describe(p), i + 1))
    };
    let mut scratch = start.clone();
    let marks = d
        .render_ops_marked(ops, &mut scratch)
        .map_err(|(i, e)| bad(i, e))?;
    let mut states = Vec::with_capacity(marks.len());
    let mut folded = start.clone();
    let mut done = 0;
    for mark in &marks {
        for (i, op) in ops.iter().enumerate().take(mark.ops_done).skip(done) {
            folded.apply(op, d).map_err(|e| bad(i, e))?;
        }
        done = done.max(mark.ops_done);
        states.push(match (&mark.partial, mark.exact) {
            (_, true) => Some(folded.clone()),
            (Some(op), false) => {
                let mut between = folded.clone();
                between.apply(op, d).map_err(|e| bad(mark.ops_done, e))?;
                Some(between)
            }
            (None, false) => None,
        });
    }
    Ok((marks.into_iter().map(|m| m.sql).collect(), states))
}

/// Of several ways the step may have been rendered, the one with a state the live
/// schema matches exactly (else the first).
fn best_match(
    conn: &mut dyn Connection,
    tree: &Tree,
    mut out: Vec<Rebuilt>,
) -> Result<Rebuilt, Error> {
    let d = conn.dialect();
    let live = live_tree_dump(conn, tree)?;
    let best = out
        .iter()
        .position(|r| {
            (0..=r.statements.len())
                .filter_map(|k| r.state(k))
                .any(|s| compare(&expected::render(s, d), &live).is_empty())
        })
        .unwrap_or(0);
    if out.is_empty() {
        return Err(Error::Interrupted(
            "an interrupted step was recorded, but no way to rebuild it was found".into(),
        ));
    }
    Ok(out.swap_remove(best))
}

/// How many statements of the rebuilt step the database has: the recorded
/// progress, or one more (a run killed between a statement and its mark), checked
/// against the live schema. Extra objects an operator added (present whatever the
/// step did) do not count against a state.
fn place(
    conn: &mut dyn Connection,
    tree: &Tree,
    d: Dialect,
    r: &Rebuilt,
    p: &Pending,
) -> Result<usize, Error> {
    let n = r.statements.len();
    let progress = p.progress.min(n);
    let live = live_tree_dump(conn, tree)?;
    let candidates: Vec<usize> = [progress, progress + 1]
        .into_iter()
        .filter(|k| *k <= n)
        .collect();
    let diff_at = |k: usize| r.state(k).map(|s| compare(&expected::render(s, d), &live));
    let diffs: Vec<(usize, Option<Vec<String>>)> =
        candidates.iter().map(|&k| (k, diff_at(k))).collect();
    // What the live schema has besides every state the step passes through is an
    // operator's (an extra column, index, trigger or view), not the step's doing.
    let everywhere: Vec<Vec<String>> = (0..=n).filter_map(diff_at).collect();
    let extra =
        |l: &String| l.starts_with("unexpected: ") && everywhere.iter().all(|x| x.contains(l));
    if let Some((k, _)) = diffs
        .iter()
        .find(|(_, x)| x.as_ref().is_some_and(|x| x.iter().all(extra)))
    {
        return Ok(*k);
    }
    // In the middle of a statement group the model has no state to check against:
    // the recorded progress is all there is.
    if diffs.iter().any(|(k, x)| *k == progress && x.is_none()) {
        return Ok(progress);
    }
    let shown: Vec<String> = diffs
        .iter()
        .find_map(|(_, x)| x.clone())
        .unwrap_or_default();
    Err(unplaceable(
        r,
        progress,
        &format!(
            "the schema differs from what {progress} statement(s) leave: {}{}",
            shown.iter().take(8).cloned().collect::<Vec<_>>().join("; "),
            if shown.len() > 8 {
                format!("; and {} more", shown.len() - 8)
            } else {
                String::new()
            }
        ),
    ))
}

fn unplaceable(r: &Rebuilt, k: usize, why: &str) -> Error {
    Error::Interrupted(format!(
        "an earlier run of the {} was interrupted after statement {k} of {}, and the database matches no \
         state that step leaves ({why}); nothing was changed: put the schema back as it was (`ast-schema \
         verify` lists what differs) or `ast-schema stamp` where it really is",
        r.what,
        r.statements.len()
    ))
}

/// Takes the database from `now` back to `before`, keeping rows (the changes a
/// reconcile would make), as one unit where the database allows.
fn undo(
    conn: &mut dyn Connection,
    d: Dialect,
    now: &Schema,
    before: &Schema,
    obs: &mut dyn Observer,
) -> Result<(), Error> {
    let ops = diff::diff(now, before, d);
    let refs: Vec<&Op> = ops.iter().collect();
    let mut scratch = now.clone();
    let statements = d.render_ops(&refs, &mut scratch).map_err(|(i, e)| {
        Error::InvalidMigration(format!(
            "undoing step {} ({}): {e}",
            i + 1,
            ops[i].describe()
        ))
    })?;
    run_unit(
        conn,
        &statements,
        &mut Vec::<Booked>::new,
        None,
        &mut |sql| obs.statement(sql),
    )
    .map_err(|f| {
        Error::Migration(format!(
            "undoing the interrupted step failed at {} ({}): {}",
            f.position(),
            shorten(&f.sql),
            f.error
        ))
    })
}

/// Before a reconcile: finishes an interrupted reconcile of `to`, or undoes an
/// interrupted step of another kind (see `engine::resume`).
pub fn settle_before_reconcile(
    conn: &mut dyn Connection,
    to: &Tree,
    obs: &mut dyn Observer,
) -> Result<Option<String>, Error> {
    let Some(p) = history::pending(conn, to.name)? else {
        return Ok(None);
    };
    let position = match p.method {
        Method::Reconcile => 0,
        _ => version::read(conn, to)?.position,
    };
    settle(conn, to, position, Intent::Move(position), obs)
}
