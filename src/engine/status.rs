//! Where a database stands, read-only: what `status` and `history --applied` report.
//!
//! [`status`] gathers one tree's revision, the releases whose schema it has, the
//! revisions still to apply with their messages, the last step recorded in
//! `ast_schema_history` and whether the live schema drifted from its revision;
//! [`applied`] reads `ast_schema_history`; [`beyond_releases`] tells whether a
//! revision is newer than every released Asterisk's scripts. Nothing here writes.

use crate::db::driver::Connection;
use crate::db::history::TABLE as HISTORY;
use crate::db::version as state;
use crate::definitions::releases;
use crate::definitions::revision::Tree;
use crate::engine::shape::release_match;
use crate::engine::verify_release::verify_placed;
use crate::error::Error;

/// One row of `ast_schema_history`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub tree: String,
    pub revision: String,
    /// `upgrade`, `downgrade`, `stamp`, `reconcile`.
    pub action: String,
    pub from: Option<String>,
    pub to: Option<String>,
    pub checksum: String,
    /// `replay`, `fast-path`, `stamp`, `reconcile`.
    pub method: String,
    pub applied_at: String,
    pub duration_ms: i64,
    pub tool_version: String,
}

/// The rows of `ast_schema_history` for `tree` (every tree when `None`), newest
/// first; none when the table does not exist.
pub fn applied(conn: &mut dyn Connection, tree: Option<&str>) -> Result<Vec<Applied>, Error> {
    if !state::list_tables(conn)?.iter().any(|t| t == HISTORY) {
        return Ok(Vec::new());
    }
    let d = conn.dialect();
    let filter = match tree {
        Some(t) => format!(" WHERE tree = {}", d.literal(t)),
        None => String::new(),
    };
    let rows = conn
        .query(&format!(
            "SELECT tree, revision, direction, from_revision, to_revision, checksum, method, \
             applied_at, duration_ms, tool_version FROM {HISTORY}{filter} ORDER BY id DESC"
        ))
        .map_err(|e| Error::Database(format!("cannot read {HISTORY}: {e}")))?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let s = |i: usize| r.get(i).cloned().flatten().unwrap_or_default();
            let o = |i: usize| r.get(i).cloned().flatten();
            Applied {
                tree: s(0),
                revision: s(1),
                action: s(2),
                from: o(3),
                to: o(4),
                checksum: s(5),
                method: s(6),
                applied_at: s(7),
                duration_ms: s(8).parse().unwrap_or(0),
                tool_version: s(9),
            }
        })
        .collect())
}

/// Whether revision `id` of `master`'s tree is in no released Asterisk's scripts
/// (newer than every release: Asterisk's own Alembic of a release cannot take such a
/// database back).
pub fn beyond_releases(master: &Tree, id: &str) -> Result<bool, Error> {
    let all = releases::all()?;
    if all.is_empty() {
        return Ok(false);
    }
    for r in all {
        if let Some(items) = r.items(master.name) {
            let chain = releases::resolve(master, items)
                .map_err(|e| Error::InvalidMigration(format!("release {}: {e}", r.name)))?;
            if chain.iter().any(|x| x.id == id) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// The newest release (by version, standard releases first) whose scripts have the
/// tree, and the revision they end at.
pub fn newest_release(master: &Tree) -> Result<Option<(&'static str, String)>, Error> {
    let all = releases::all()?;
    let best = all
        .iter()
        .filter(|r| !r.certified && r.items(master.name).is_some())
        .max_by_key(|r| releases::version_key(&r.name));
    let Some(r) = best else {
        return Ok(None);
    };
    let chain = releases::chain(r, master)?;
    Ok(chain.and_then(|c| c.head().map(|h| (r.name.as_str(), h.id.to_string()))))
}

/// A note when `id` is newer than every released Asterisk's scripts, else `None`.
pub fn ahead_note(master: &Tree, id: &str) -> Result<Option<String>, Error> {
    if !beyond_releases(master, id)? {
        return Ok(None);
    }
    let newest = match newest_release(master)? {
        Some((name, head)) => format!(" (the newest known, Asterisk {name}, ends at {head})"),
        None => String::new(),
    };
    Ok(Some(format!(
        "{id} is newer than every released Asterisk's scripts{newest}: a release's own Alembic cannot take this \
         database back; --asterisk RELEASE (or -c with that Asterisk's ini) stops at a release's newest"
    )))
}

/// One tree's status.
#[derive(Debug, Clone)]
pub struct Status {
    pub tree: Tree,
    pub revision: Option<String>,
    /// Position in `tree` (when the revision is on it).
    pub position: Option<usize>,
    /// The releases whose scripts built exactly this schema.
    pub releases: Vec<&'static str>,
    /// A note on how the schema relates to the releases (built by a branch, ...).
    pub note: Option<String>,
    /// How a release branch's version of the revision differs from the main
    /// branch's (behind `-v`).
    pub differences: Vec<String>,
    /// Revisions from the current one to the target, in order: id and message.
    pub pending: Vec<(&'static str, &'static str)>,
    /// The last row of `ast_schema_history` for the tree.
    pub last: Option<Applied>,
    /// Differences between the live schema and its revision (`None`: not checked,
    /// the revision is not on this chain).
    pub drift: Option<Vec<String>>,
    /// Objects no revision made (an operator's), kept as they are: not drift.
    pub extras: Vec<String>,
    /// Newer than every release.
    pub ahead: Option<String>,
}

/// Gathers `tree`'s status, pending up to `target` (`head` for the chain's newest).
pub fn status(conn: &mut dyn Connection, tree: &Tree, target: &str) -> Result<Status, Error> {
    let master = Tree::named(tree.name)?;
    let (_, id) = state::version_id(conn, &master)?;
    let position = match &id {
        None => Some(0),
        Some(i) => tree.position(i),
    };
    let mut out = Status {
        tree: *tree,
        revision: id.clone(),
        position,
        releases: Vec::new(),
        note: None,
        differences: Vec::new(),
        pending: Vec::new(),
        last: applied(conn, Some(tree.name))?.into_iter().next(),
        drift: None,
        extras: Vec::new(),
        ahead: None,
    };
    if let Some(i) = &id {
        if !releases::all()?.is_empty() {
            let m = release_match(conn, &master, i)?;
            out.releases = m.releases;
            out.note = m.note;
            out.differences = m.differences;
        }
        if tree.release.is_none() {
            out.ahead = ahead_note(&master, i)?;
        }
    }
    if let Some(p) = position {
        let to = tree.resolve(target, p)?;
        out.pending = (p + 1..=to.max(p))
            .map(|q| (tree.at(q).id, tree.at(q).message))
            .collect();
        let placed = verify_placed(conn, tree)?;
        out.drift = Some(placed.report.differences);
        out.extras = placed.report.extras;
        // What `upgrade` does first on a release's chain (a reconcile), in words.
        if placed.upgrade_first.is_some() {
            out.note = placed.upgrade_first;
        }
    }
    Ok(out)
}
