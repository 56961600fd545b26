//! Plans and applies steps: the migration context.
//!
//! [`plan`] turns "tree T from position A to B on dialect D" into rendered steps,
//! folding the schema model from base so each operation is rendered against the
//! schema it will meet. Planning touches no database, so a bad migration is found
//! before anything runs. [`apply`] runs a plan on a connection, one revision at a
//! time: on PostgreSQL and SQLite inside one transaction with its version-table
//! update; on MySQL, where DDL commits at once, statement by statement with the
//! version row written after each revision. [`script`] prints a plan instead.

use std::time::{Duration, Instant};

use crate::dialect::Dialect;
use crate::driver::Connection;
use crate::error::Error;
use crate::model::Schema;
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

/// The schema model at `pos`, folded from base.
pub fn model_at(tree: &Tree, dialect: Dialect, pos: usize) -> Result<Schema, Error> {
    let mut schema = Schema::default();
    for p in 1..=pos {
        let m = tree.migration(p)?;
        for (i, step) in m
            .upgrade
            .iter()
            .enumerate()
            .filter(|(_, s)| s.applies_to(dialect))
        {
            schema
                .apply(&step.op, dialect)
                .map_err(|e| step_error(tree, p, Direction::Upgrade, i, &step.op.describe(), &e))?;
        }
    }
    Ok(schema)
}

fn step_error(tree: &Tree, pos: usize, dir: Direction, i: usize, what: &str, e: &str) -> Error {
    Error::InvalidMigration(format!(
        "{}: {} step {} ({what}): {e}",
        tree.at(pos).file,
        dir.name(),
        i + 1
    ))
}

/// Plans the way from `from` to `to` on `dialect`.
pub fn plan(tree: &Tree, dialect: Dialect, from: usize, to: usize) -> Result<Plan, Error> {
    let mut schema = model_at(tree, dialect, from)?;
    let mut steps = Vec::new();
    let mut render = |p: usize, dir: Direction, schema: &mut Schema| -> Result<(), Error> {
        let m = tree.migration(p)?;
        let ops = if dir == Direction::Upgrade {
            &m.upgrade
        } else {
            &m.downgrade
        };
        let mut statements = Vec::new();
        for (i, step) in ops
            .iter()
            .enumerate()
            .filter(|(_, s)| s.applies_to(dialect))
        {
            let fail = |e: String| step_error(tree, p, dir, i, &step.op.describe(), &e);
            statements.extend(dialect.render(&step.op, schema).map_err(fail)?);
            schema.apply(&step.op, dialect).map_err(fail)?;
        }
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

/// What happened in one applied step, for progress output.
#[derive(Debug, Clone)]
pub struct StepDone<'a> {
    pub step: &'a PlannedStep,
    pub index: usize,
    pub total: usize,
    pub elapsed: Duration,
}

/// Brings the version table into shape before the first change: renames a legacy
/// `alembic_version` or creates the tree's table.
pub fn prepare_version_table(
    conn: &mut dyn Connection,
    tree: &Tree,
    st: &DbState,
) -> Result<(), Error> {
    let d = conn.dialect();
    let table = tree.version_table();
    let sql = match st.source {
        VersionSource::TreeTable => return Ok(()),
        VersionSource::Legacy => state::rename_legacy_sql(d, &table),
        VersionSource::Missing => state::create_table_sql(d, &table),
    };
    conn.execute(&sql)
        .map_err(|e| db_failure(&format!("cannot create or rename {table}"), &e))
}

fn db_failure(what: &str, e: &crate::driver::DbError) -> Error {
    match e.kind {
        crate::error::DbErrorKind::Permission => {
            Error::Permission(format!("{what}: {e} (does the user have DDL rights?)"))
        }
        _ => Error::Migration(format!("{what}: {e}")),
    }
}

/// Applies a plan, calling `on_step` after each revision.
pub fn apply(
    conn: &mut dyn Connection,
    plan: &Plan,
    on_step: &mut dyn FnMut(StepDone<'_>),
) -> Result<(), Error> {
    let d = conn.dialect();
    let table = plan.tree.version_table();
    let total = plan.steps.len();
    for (index, s) in plan.steps.iter().enumerate() {
        let started = Instant::now();
        let version = state::move_sql(d, &table, s.from, s.to);
        let all: Vec<&str> = s
            .statements
            .iter()
            .map(String::as_str)
            .chain(version.as_deref())
            .collect();
        if d.transactional_ddl() {
            conn.execute("BEGIN")
                .map_err(|e| db_failure("cannot begin a transaction", &e))?;
            for (i, sql) in all.iter().enumerate() {
                if let Err(e) = conn.execute(sql) {
                    let _ = conn.execute("ROLLBACK");
                    return Err(step_failed(
                        s,
                        i,
                        all.len(),
                        sql,
                        &e,
                        format!(
                            "the revision was rolled back; the database is still at {}",
                            s.from.unwrap_or("base")
                        ),
                    ));
                }
            }
            if let Err(e) = conn.execute("COMMIT") {
                return Err(step_failed(
                    s,
                    all.len(),
                    all.len(),
                    "COMMIT",
                    &e,
                    format!(
                        "the revision was not committed; the database is still at {}",
                        s.from.unwrap_or("base")
                    ),
                ));
            }
        } else {
            for (i, sql) in all.iter().enumerate() {
                if let Err(e) = conn.execute(sql) {
                    let note = if i == 0 {
                        format!(
                            "nothing of this revision had run; the database is still at {}",
                            s.from.unwrap_or("base")
                        )
                    } else {
                        format!(
                            "statements 1-{i} of this revision had already run and MySQL cannot undo DDL, while {table} still says {}; \
                             finish the rest by hand (`ast-schema {} {}:{} --sql` prints it) and run `ast-schema stamp {}`, \
                             or undo statements 1-{i} by hand",
                            s.from.unwrap_or("base"),
                            s.direction.name(),
                            s.from.unwrap_or("base"),
                            s.to.unwrap_or("base"),
                            s.to.unwrap_or("base")
                        )
                    };
                    return Err(step_failed(s, i, all.len(), sql, &e, note));
                }
            }
        }
        on_step(StepDone {
            step: s,
            index,
            total,
            elapsed: started.elapsed(),
        });
    }
    Ok(())
}

fn step_failed(
    s: &PlannedStep,
    i: usize,
    n: usize,
    sql: &str,
    e: &crate::driver::DbError,
    note: String,
) -> Error {
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
        crate::error::DbErrorKind::Permission => Error::Permission(msg),
        _ => Error::Migration(msg),
    }
}
