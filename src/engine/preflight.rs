//! What the server would refuse, found before anything runs (MySQL/MariaDB and
//! Galera clusters): a table without a primary key where the server demands one,
//! DDL that a cluster would apply on one node only, and data steps larger than a
//! cluster replicates in one write set. And on PostgreSQL, a view (an operator's:
//! no revision makes one) over a column the plan changes the type of or drops.

use crate::db::driver::galera;
use crate::db::driver::Connection;
use crate::db::introspect::{self, ViewUse};
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::Op;
use crate::definitions::revision::Tree;
use crate::error::Error;
use crate::model::Schema;

/// Checks the plan from `from` (schema `start`) to `to` of `tree` against the
/// server's rules; `target` is the schema it ends with.
pub fn check(
    conn: &mut dyn Connection,
    tree: &Tree,
    from: usize,
    to: usize,
    start: &Schema,
    target: &Schema,
) -> Result<(), Error> {
    if conn.dialect() != Dialect::Mysql {
        return Ok(());
    }
    let rules = galera::rules(conn)
        .map_err(|e| Error::Database(format!("cannot read the server's settings: {e}")))?;
    let mut problems = Vec::new();
    if let Some(by) = &rules.primary_key_required_by {
        let bare: Vec<&str> = target
            .tables
            .iter()
            .filter(|t| start.table(&t.name).is_none() && t.primary_key.is_none())
            .map(|t| t.name.as_str())
            .collect();
        if !bare.is_empty() {
            problems.push(format!(
                "the server requires a primary key on every new table ({by}), but Asterisk's schema creates {} without one: {}",
                bare.len(),
                bare.join(", ")
            ));
        }
    }
    if rules
        .osu_method
        .as_deref()
        .is_some_and(|m| m.eq_ignore_ascii_case("RSU"))
    {
        problems.push(
            "the cluster's wsrep_osu_method is RSU, which applies DDL on this node only and leaves the others \
             with the old schema; run with wsrep_osu_method=TOI"
                .to_string(),
        );
    }
    if let Some(limit) = rules.max_ws_size {
        for table in data_tables(tree, conn.dialect(), from, to)? {
            let size = table_bytes(conn, &table)?;
            if size > limit {
                problems.push(format!(
                    "a data step updates table {table} ({size} bytes), more than the cluster replicates in one \
                     write set (wsrep_max_ws_size={limit})"
                ));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(Error::ServerRules(format!(
        "{}; nothing was changed",
        problems.join("; ")
    )))
}

/// The tables the plan's data steps update.
fn data_tables(tree: &Tree, d: Dialect, from: usize, to: usize) -> Result<Vec<String>, Error> {
    let mut out: Vec<String> = Vec::new();
    let (range, up): (Vec<usize>, bool) = if to > from {
        ((from + 1..=to).collect(), true)
    } else {
        ((to + 1..=from).collect(), false)
    };
    for p in range {
        let m = tree.migration(p)?;
        let list = if up { &m.upgrade } else { &m.downgrade };
        for s in list.iter().filter(|s| s.applies_to(d)) {
            if let Op::Update(u) = &s.op {
                if !out.contains(&u.table) {
                    out.push(u.table.clone());
                }
            }
        }
    }
    Ok(out)
}

/// The bytes a table's rows take (InnoDB's estimate), 0 when it does not exist.
fn table_bytes(conn: &mut dyn Connection, table: &str) -> Result<u64, Error> {
    let rows = conn
        .query(&format!(
            "SELECT data_length FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = {}",
            Dialect::Mysql.literal(table)
        ))
        .map_err(|e| Error::Database(format!("cannot read the size of {table}: {e}")))?;
    Ok(rows
        .first()
        .and_then(|r| r.first().cloned().flatten())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

/// Refuses, before anything runs, a plan with a statement PostgreSQL would reject
/// because a view reads what it changes: a column's new type, a dropped column or
/// table. Alembic would stop there halfway through a multi-revision run; here
/// nothing is changed and the views are named. `steps` are (label, statements).
pub fn views_in_the_way<'a>(
    conn: &mut dyn Connection,
    steps: impl IntoIterator<Item = (String, &'a [String])>,
) -> Result<(), Error> {
    let uses = introspect::view_uses(conn)?;
    if uses.is_empty() {
        return Ok(());
    }
    let mut problems: Vec<String> = Vec::new();
    let mut views: Vec<&str> = Vec::new();
    // A table renamed aside (a rebuild: `RENAME TO ast_schema_old_...`, later
    // dropped) keeps its views: new name -> the name the views know it by.
    let mut renamed: Vec<(&str, &str)> = Vec::new();
    for (label, statements) in steps {
        for sql in statements {
            let hit = match statement(sql) {
                Some(Statement::Rename { from, to }) => {
                    let from = original(&renamed, from);
                    renamed.push((to, from));
                    continue;
                }
                Some(Statement::Change(hit)) => hit,
                None => continue,
            };
            let table = original(&renamed, hit.table);
            let readers: Vec<&ViewUse> = uses
                .iter()
                .filter(|u| u.table == table && hit.column.is_none_or(|c| u.column == c))
                .collect();
            let mut names: Vec<&str> = readers.iter().map(|u| u.view.as_str()).collect();
            names.dedup();
            if names.is_empty() {
                continue;
            }
            let what = match hit.column {
                Some(c) => format!("{} column {table}.{c}", hit.verb),
                None => format!("{} table {table}", hit.verb),
            };
            problems.push(format!("{label} {what}, read by view {}", names.join(", ")));
            for n in names {
                if !views.contains(&n) {
                    views.push(n);
                }
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.dedup();
    Err(Error::ServerRules(format!(
        "PostgreSQL cannot change or drop what a view reads: {}; drop the view(s) {}, run the same command \
         again and make them again afterwards; nothing was changed",
        problems.join("; "),
        views.join(", ")
    )))
}

/// What a rendered PostgreSQL statement changes that a view can hold on to.
struct Changed<'s> {
    verb: &'static str,
    table: &'s str,
    column: Option<&'s str>,
}

enum Statement<'s> {
    Change(Changed<'s>),
    Rename { from: &'s str, to: &'s str },
}

fn statement(sql: &str) -> Option<Statement<'_>> {
    let words: Vec<&str> = sql.split_whitespace().collect();
    match words.as_slice() {
        ["DROP", "TABLE", t, ..] => changes("drops", t, None),
        ["ALTER", "TABLE", t, "DROP", "COLUMN", c, ..] => changes("drops", t, Some(c)),
        ["ALTER", "TABLE", t, "ALTER", "COLUMN", c, "TYPE", ..] => {
            changes("changes the type of", t, Some(c))
        }
        ["ALTER", "TABLE", t, "RENAME", "TO", n, ..] => Some(Statement::Rename {
            from: name(t),
            to: name(n),
        }),
        _ => None,
    }
}

fn changes<'s>(verb: &'static str, t: &&'s str, c: Option<&&'s str>) -> Option<Statement<'s>> {
    Some(Statement::Change(Changed {
        verb,
        table: name(t),
        column: c.map(name),
    }))
}

/// The name a table had before the plan renamed it.
fn original<'s>(renamed: &[(&'s str, &'s str)], table: &'s str) -> &'s str {
    renamed
        .iter()
        .rev()
        .find(|(now, _)| *now == table)
        .map_or(table, |(_, was)| was)
}

/// A name as the renderer wrote it, without its quotes or the statement's `;`.
fn name<'s>(word: &&'s str) -> &'s str {
    word.trim_end_matches(';').trim_matches('"')
}

#[cfg(test)]
mod tests {
    use super::{original, statement, Statement};

    fn change(sql: &str) -> (&'static str, &str, Option<&str>) {
        match statement(sql) {
            Some(Statement::Change(c)) => (c.verb, c.table, c.column),
            _ => panic!("not a change: {sql}"),
        }
    }

    #[test]
    fn statements_that_a_view_blocks_are_recognised() {
        let c = change("ALTER TABLE ps_endpoints ALTER COLUMN id TYPE VARCHAR(255);");
        assert_eq!(c, ("changes the type of", "ps_endpoints", Some("id")));
        let c = change("ALTER TABLE cdr DROP COLUMN \"end\";");
        assert_eq!(c, ("drops", "cdr", Some("end")));
        assert_eq!(
            change("DROP TABLE ps_contacts;"),
            ("drops", "ps_contacts", None)
        );
        for harmless in [
            "ALTER TABLE ps_endpoints ALTER COLUMN id DROP NOT NULL;",
            "ALTER TABLE ps_endpoints ADD COLUMN x INTEGER;",
            "DROP TYPE yesno_values;",
        ] {
            assert!(statement(harmless).is_none(), "{harmless}");
        }
    }

    #[test]
    fn a_table_renamed_aside_is_known_by_its_first_name() {
        let Some(Statement::Rename { from, to }) =
            statement("ALTER TABLE ps_endpoints RENAME TO ast_schema_old_ps_endpoints;")
        else {
            panic!("not a rename")
        };
        let renamed = vec![(to, from)];
        assert_eq!(
            original(&renamed, "ast_schema_old_ps_endpoints"),
            "ps_endpoints"
        );
        assert_eq!(original(&renamed, "ps_aors"), "ps_aors");
    }
}
