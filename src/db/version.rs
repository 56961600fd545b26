//! The version tables: reading where a database is, and the statements that move it.
//!
//! Each tree keeps its revision in `alembic_version_<tree>` (one row, `version_num
//! VARCHAR(32) NOT NULL`, primary key `alembic_version_<tree>_pkc`), exactly as
//! Asterisk's Alembic `env.py` does, so Alembic and ast-schema can hand a database
//! back and forth. A legacy `alembic_version` table whose revision belongs to the
//! tree is renamed to the tree's table before the first change, as `env.py` does.

use crate::db::driver::Connection;
use crate::definitions::dialect::Dialect;
use crate::definitions::revision::{runtime_chain, Tree};
use crate::error::Error;

pub const LEGACY_TABLE: &str = "alembic_version";

/// Where a tree's revision was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionSource {
    /// `alembic_version_<tree>` exists.
    TreeTable,
    /// Only a legacy `alembic_version` table holding one of this tree's revisions.
    Legacy,
    /// No version table for this tree.
    Missing,
}

/// A database's state for one tree.
#[derive(Debug, Clone)]
pub struct DbState {
    /// Every table in the database (the current schema).
    pub tables: Vec<String>,
    pub source: VersionSource,
    /// Position in the tree (0 = base).
    pub position: usize,
}

impl DbState {
    pub fn has_table(&self, name: &str) -> bool {
        self.tables.iter().any(|t| t == name)
    }
}

/// Lists the tables of the connection's database (or schema).
pub fn list_tables(conn: &mut dyn Connection) -> Result<Vec<String>, Error> {
    let sql = match conn.dialect() {
        Dialect::Mysql => "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
        Dialect::Postgresql => "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()",
        Dialect::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'",
    };
    let rows = conn
        .query(sql)
        .map_err(|e| Error::failed_read(e.kind, format!("cannot list tables: {e}")))?;
    Ok(rows
        .into_iter()
        .filter_map(|r| r.into_iter().next().flatten())
        .collect())
}

fn read_versions(conn: &mut dyn Connection, table: &str) -> Result<Vec<String>, Error> {
    let d = conn.dialect();
    let rows = conn
        .query(&format!("SELECT version_num FROM {}", d.ident(table)))
        .map_err(|e| Error::failed_read(e.kind, format!("cannot read {table}: {e}")))?;
    Ok(rows
        .into_iter()
        .map(|r| r.into_iter().next().flatten().unwrap_or_default())
        .collect())
}

/// The tables, where the version lives, its rows and the table they came from: the
/// tree's own version table, else a legacy `alembic_version` whose one row `ours`
/// accepts, else none.
fn locate(
    conn: &mut dyn Connection,
    tree: &Tree,
    ours: impl Fn(&str) -> bool,
) -> Result<(Vec<String>, VersionSource, Vec<String>, String), Error> {
    let tables = list_tables(conn)?;
    let vt = tree.version_table();
    let (source, rows, table) = if tables.contains(&vt) {
        (VersionSource::TreeTable, read_versions(conn, &vt)?, vt)
    } else if tables.iter().any(|t| t == LEGACY_TABLE) {
        let rows = read_versions(conn, LEGACY_TABLE)?;
        match rows.as_slice() {
            [one] if ours(one) => (VersionSource::Legacy, rows, LEGACY_TABLE.to_string()),
            _ => (VersionSource::Missing, vec![], vt),
        }
    } else {
        (VersionSource::Missing, vec![], vt)
    };
    Ok((tables, source, rows, table))
}

fn too_many_rows(table: &str, rows: &[String]) -> Error {
    Error::CorruptVersionTable(format!(
        "{table} has {} rows ({}); it must have one: delete the wrong ones",
        rows.len(),
        rows.join(", ")
    ))
}

/// The one revision id the tree's version table holds (`None` at base), without
/// placing it in a chain: for commands that work across chains (`reconcile`).
pub fn version_id(
    conn: &mut dyn Connection,
    tree: &Tree,
) -> Result<(DbState, Option<String>), Error> {
    let (tables, source, rows, vt) = locate(conn, tree, |id| known_anywhere(tree.name, id))?;
    let id = match rows.as_slice() {
        [] => None,
        [one] if known_anywhere(tree.name, one) => Some(one.clone()),
        [one] if looks_like_revision(one) => {
            return Err(Error::NewerDatabase(format!(
                "{vt} says the database is at {one}, which this ast-schema does not know (a newer Asterisk's, \
                 or a site's own revision?): give the scripts that made it (-c config.ini, --scripts DIR, or \
                 --migrations DIR for a site's files), or use a newer ast-schema"
            )))
        }
        [one] => {
            return Err(Error::CorruptVersionTable(format!(
                "{vt} holds {one:?}, which is not a revision id; fix or remove that row"
            )))
        }
        many => return Err(too_many_rows(&vt, many)),
    };
    Ok((
        DbState {
            tables,
            source,
            position: 0,
        },
        id,
    ))
}

/// Reads where the database is in `tree`.
pub fn read(conn: &mut dyn Connection, tree: &Tree) -> Result<DbState, Error> {
    let (tables, source, rows, table) = locate(conn, tree, |id| tree.position(id).is_some())?;
    Ok(DbState {
        tables,
        source,
        position: position_of(tree, &table, &rows)?,
    })
}

/// The position in `tree` that the rows of its version table `table` name, or
/// why they name none: several rows, a revision only a branch (or another
/// release) has, a revision of a newer Asterisk, or something that is no id.
pub fn position_of(tree: &Tree, table: &str, rows: &[String]) -> Result<usize, Error> {
    let one = match rows {
        [] => return Ok(0),
        [one] => one,
        many => return Err(too_many_rows(table, many)),
    };
    if let Some(p) = tree.position(one) {
        return Ok(p);
    }
    Err(match tree.release {
        Some(release) if known_anywhere(tree.name, one) => Error::OutOfRange(format!(
            "the database is at {one}, which Asterisk {release}'s scripts do not contain; \
             pick a release whose scripts have it, or move the database onto Asterisk's main branch with `ast-schema reconcile`"
        )),
        None if known_anywhere(tree.name, one) => Error::OutOfRange(format!(
            "the database is at {one}, a revision only an Asterisk release branch has; \
             use `--asterisk RELEASE` for that branch, or `ast-schema reconcile` to move it onto Asterisk's main branch"
        )),
        _ if looks_like_revision(one) => Error::NewerDatabase(format!(
            "{table} says the database is at revision {one}, which this ast-schema does not know \
             (a newer Asterisk's, or a site's own?); refusing to touch it: give the scripts that made it \
             (-c config.ini, --scripts DIR, or --migrations DIR for a site's files), or use a newer ast-schema"
        )),
        _ => Error::CorruptVersionTable(format!(
            "{table} holds {one:?}, which is not a revision id; fix or remove that row"
        )),
    })
}

/// Whether `id` is a revision of master's chain or of any branch variant of `tree`,
/// or one read at run time (scripts on disk, a site's files).
pub fn known_anywhere(tree: &str, id: &str) -> bool {
    Tree::embedded(tree).is_some_and(|t| {
        t.revisions
            .iter()
            .chain(t.variants.iter())
            .any(|r| r.id == id)
    }) || runtime_chain(tree).is_some_and(|c| c.position(id).is_some())
}

fn looks_like_revision(s: &str) -> bool {
    (4..=32).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `CREATE TABLE alembic_version_<tree> (...)`, as Alembic creates it.
pub fn create_table_sql(d: Dialect, table: &str) -> String {
    format!(
        "CREATE TABLE {} (\n    version_num VARCHAR(32) NOT NULL, \n    CONSTRAINT {} PRIMARY KEY (version_num)\n)",
        d.ident(table),
        d.ident(&format!("{table}_pkc"))
    )
}

/// Renames the legacy table to the tree's table.
pub fn rename_legacy_sql(d: Dialect, table: &str) -> String {
    format!(
        "ALTER TABLE {} RENAME TO {}",
        d.ident(LEGACY_TABLE),
        d.ident(table)
    )
}

/// The statement that moves the version row from `from` to `to` (ids, `None` = base).
pub fn move_sql(d: Dialect, table: &str, from: Option<&str>, to: Option<&str>) -> Option<String> {
    let t = d.ident(table);
    match (from, to) {
        (None, Some(to)) => Some(format!(
            "INSERT INTO {t} (version_num) VALUES ({})",
            d.literal(to)
        )),
        (Some(from), Some(to)) => Some(format!(
            "UPDATE {t} SET version_num={} WHERE {t}.version_num = {}",
            d.literal(to),
            d.literal(from)
        )),
        (Some(from), None) => Some(format!(
            "DELETE FROM {t} WHERE {t}.version_num = {}",
            d.literal(from)
        )),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_version_row_is_placed_in_its_tree() {
        let t = Tree::named("config").unwrap();
        let table = t.version_table();
        assert_eq!(position_of(&t, &table, &[]).unwrap(), 0);
        assert_eq!(position_of(&t, &table, &rows(&[t.at(5).id])).unwrap(), 5);
    }

    #[test]
    fn bad_version_rows_get_their_own_errors() {
        let t = Tree::named("config").unwrap();
        let table = t.version_table();
        let two = position_of(&t, &table, &rows(&[t.at(1).id, t.at(2).id])).unwrap_err();
        assert!(
            matches!(two, Error::CorruptVersionTable(ref m) if m.contains("2 rows")),
            "{two}"
        );
        let newer = position_of(&t, &table, &rows(&["0123456789ab"])).unwrap_err();
        assert!(matches!(newer, Error::NewerDatabase(_)), "{newer}");
        let garbage = position_of(&t, &table, &rows(&["not a revision!"])).unwrap_err();
        assert!(
            matches!(garbage, Error::CorruptVersionTable(_)),
            "{garbage}"
        );
        let cdr = Tree::named("cdr").unwrap();
        let other_tree =
            position_of(&cdr, "alembic_version_cdr", &rows(&[t.at(3).id])).unwrap_err();
        assert!(
            matches!(other_tree, Error::NewerDatabase(_)),
            "{other_tree}"
        );
    }

    #[test]
    fn a_branch_only_revision_points_at_asterisk_and_reconcile() {
        let t = Tree::named("config").unwrap();
        let embedded = Tree::embedded("config").unwrap();
        let branch_only = embedded
            .variants
            .iter()
            .find(|v| t.position(v.id).is_none())
            .expect("the release data has revisions only a branch carries");
        let e = position_of(&t, "alembic_version_config", &rows(&[branch_only.id])).unwrap_err();
        assert!(
            matches!(e, Error::OutOfRange(ref m) if m.contains("--asterisk") && m.contains("reconcile")),
            "{e}"
        );
    }
}
