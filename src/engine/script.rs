//! Offline SQL: the one writer every `--sql` output goes through.
//!
//! [`Script`] writes statements with the dialect's terminator, comments, and
//! transaction brackets where the dialect can roll DDL back; [`plan_script`],
//! [`stamp_script`] and [`reconcile_script`] lay out upgrade/downgrade, stamp and
//! reconcile with it, so all of them group transactions and record the version the
//! same way an online run does.

use crate::db::version;
use crate::definitions::dialect::Dialect;
use crate::definitions::revision::Tree;
use crate::engine::loss;
use crate::engine::plan::Reconciliation;
use crate::engine::plan::{id_at, model_at, Plan};
use crate::engine::reconcile::bookkeeping;
use crate::error::Error;

/// How offline scripts group transactions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptTransactions {
    /// BEGIN/COMMIT around each revision (PostgreSQL, SQLite).
    PerRevision,
    /// One BEGIN/COMMIT around the whole script.
    Whole,
}

/// An SQL script for a dialect's own command-line client, built statement by
/// statement.
pub struct Script {
    out: String,
    dialect: Dialect,
}

impl Script {
    pub fn new(dialect: Dialect) -> Script {
        Script {
            out: String::new(),
            dialect,
        }
    }

    /// One statement, terminated, followed by a blank line.
    pub fn stmt(&mut self, sql: &str) {
        self.out.push_str(sql);
        self.out.push_str(self.dialect.terminator());
        self.out.push_str("\n\n");
    }

    /// `-- text`, one comment line per line of `text`, then a blank line.
    pub fn comment(&mut self, text: &str) {
        for line in text.lines() {
            self.out.push_str("-- ");
            self.out.push_str(line);
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    /// Opens a transaction: `BEGIN` where DDL is transactional, else `START
    /// TRANSACTION` (MySQL, for data and bookkeeping only).
    pub fn begin(&mut self) {
        self.stmt(if self.dialect.transactional_ddl() {
            "BEGIN"
        } else {
            "START TRANSACTION"
        });
    }

    pub fn commit(&mut self) {
        self.stmt("COMMIT");
    }

    /// Appends another script.
    pub fn push(&mut self, other: Script) {
        self.out.push_str(&other.out);
    }

    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// The plan as a script: each revision's statements and its version-table update,
/// grouped in transactions as `tx` says where the dialect allows. A revision that
/// would destroy stored data says so in a comment before its statements (the
/// script cannot count rows; an online run refuses when there are any).
pub fn plan_script(plan: &Plan, tx: ScriptTransactions) -> Result<Script, Error> {
    let d = plan.dialect;
    let start = model_at(&plan.tree, d, plan.from)?;
    let effects = loss::plan_effects(&plan.tree, d, plan.from, plan.to, &start)?;
    let table = plan.tree.version_table();
    let whole = d.transactional_ddl() && tx == ScriptTransactions::Whole;
    let per_revision = d.transactional_ddl() && !whole;
    let mut w = Script::new(d);
    if whole {
        w.stmt("BEGIN");
    }
    if plan.from == 0 && plan.to > 0 {
        w.stmt(&version::create_table_sql(d, &table));
    }
    for (i, s) in plan.steps.iter().enumerate() {
        w.comment(&format!(
            "Running {} {} -> {}, {}",
            s.direction.name(),
            s.from.unwrap_or(""),
            s.to.unwrap_or(""),
            s.message
        ));
        for e in effects.get(i).into_iter().flatten() {
            w.comment(&format!("WARNING: this {}", e.describe()));
        }
        if per_revision {
            w.stmt("BEGIN");
        }
        for st in &s.statements {
            w.stmt(st);
        }
        if let Some(v) = version::move_sql(d, &table, s.from, s.to) {
            w.stmt(&v);
        }
        if per_revision {
            w.stmt("COMMIT");
        }
    }
    if whole {
        w.stmt("COMMIT");
    }
    Ok(w)
}

/// `stamp FROM:TO --sql`: the version table (created when coming from base) moved
/// from `from` to `to`.
pub fn stamp_script(d: Dialect, tree: &Tree, from: usize, to: usize) -> Script {
    let table = tree.version_table();
    let mut w = Script::new(d);
    if from == 0 {
        w.stmt(&version::create_table_sql(d, &table));
    }
    if let Some(sql) = version::move_sql(d, &table, id_at(tree, from), id_at(tree, to)) {
        w.stmt(&sql);
    }
    w
}

/// `reconcile --sql`: the changes and their bookkeeping, in one transaction where
/// the dialect allows (on MySQL the DDL commits by itself and only the bookkeeping
/// is bracketed). `header` is the first comment.
pub fn reconcile_script(d: Dialect, r: &Reconciliation, header: &str) -> Script {
    let mut w = Script::new(d);
    w.comment(header);
    if d.transactional_ddl() {
        w.begin();
    }
    for st in &r.statements {
        w.stmt(st);
    }
    if !d.transactional_ddl() {
        w.begin();
    }
    for st in bookkeeping(d, r, std::time::Duration::ZERO, None) {
        w.stmt(&st.sql);
    }
    w.commit();
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::plan::plan;

    fn config() -> Tree {
        Tree::named("config").unwrap()
    }

    #[test]
    fn a_plan_script_brackets_each_revision_where_ddl_is_transactional() {
        let t = config();
        let p = plan(&t, Dialect::Postgresql, 0, 2).unwrap();
        let text = plan_script(&p, ScriptTransactions::PerRevision)
            .unwrap()
            .finish();
        assert!(
            text.starts_with("CREATE TABLE alembic_version_config"),
            "{text}"
        );
        assert_eq!(text.matches("BEGIN;").count(), 2, "{text}");
        assert_eq!(text.matches("COMMIT;").count(), 2, "{text}");
        let first = t.at(1).id;
        assert!(
            text.contains(&format!(
                "INSERT INTO alembic_version_config (version_num) VALUES ('{first}');"
            )),
            "{text}"
        );
        let whole = plan_script(&p, ScriptTransactions::Whole).unwrap().finish();
        assert_eq!(whole.matches("BEGIN;").count(), 1, "{whole}");
    }

    #[test]
    fn mysql_scripts_have_no_transaction_brackets_around_ddl() {
        let p = plan(&config(), Dialect::Mysql, 0, 3).unwrap();
        let text = plan_script(&p, ScriptTransactions::Whole).unwrap().finish();
        assert!(
            !text.contains("BEGIN;") && !text.contains("COMMIT;"),
            "{text}"
        );
        assert_eq!(text.matches("-- Running upgrade").count(), 3);
    }

    #[test]
    fn a_downgrade_script_deletes_the_version_row_at_base() {
        let t = config();
        let p = plan(&t, Dialect::Sqlite, 1, 0).unwrap();
        let text = plan_script(&p, ScriptTransactions::PerRevision)
            .unwrap()
            .finish();
        assert!(!text.contains("CREATE TABLE alembic_version"), "{text}");
        assert!(
            text.contains(&format!(
                "DELETE FROM alembic_version_config WHERE alembic_version_config.version_num = '{}';",
                t.at(1).id
            )),
            "{text}"
        );
    }

    #[test]
    fn a_stamp_script_creates_the_table_only_from_base() {
        let t = config();
        let from_base = stamp_script(Dialect::Mysql, &t, 0, t.len()).finish();
        assert!(from_base.starts_with("CREATE TABLE alembic_version_config"));
        assert!(from_base.contains("INSERT INTO"));
        let moving = stamp_script(Dialect::Mysql, &t, 1, 2).finish();
        assert!(!moving.contains("CREATE TABLE") && moving.starts_with("UPDATE"));
        let nothing = stamp_script(Dialect::Mysql, &t, 0, 0).finish();
        assert!(!nothing.contains("INSERT") && !nothing.contains("UPDATE"));
    }
}
