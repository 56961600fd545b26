//! `verify` for a database built by any Asterisk release's scripts.
//!
//! [`verify::verify`] compares the live schema with what the chain asked for builds
//! at the database's revision, and refuses a database that a release branch built
//! differently (that is `upgrade`'s concern). Asked without `--asterisk`, `verify`
//! should rather say which release's schema the database has and compare it with
//! that: [`verify_placed`] does, and names the release. Read-only.

use crate::db::driver::Connection;
use crate::db::version as state;
use crate::definitions::releases;
use crate::definitions::revision::Tree;
use crate::dialect::expected;
use crate::engine::shape::{identify, live_tree_dump};
use crate::engine::verify::{self, Report};
use crate::error::Error;
use crate::model::compare::{compare, partition_extras};

/// What `verify` found, and against what.
#[derive(Debug, Clone)]
pub struct Placed {
    pub report: Report,
    /// The revision id in the version table (`None` at base).
    pub revision: Option<String>,
    /// The releases whose scripts build exactly the schema it was compared with
    /// (empty when that is ast-schema's own chain and no release ends there).
    pub releases: Vec<&'static str>,
    /// Whether it was compared with a release's chain rather than the one asked for.
    pub by_release: bool,
    /// On a release's chain, for a database another release's scripts built: what
    /// `upgrade` does first, in words.
    pub upgrade_first: Option<String>,
}

/// Compares the live schema of `tree` with its revision; a database that some
/// release's scripts built differently from `tree`'s chain is compared with that
/// release's schema instead (only when no release was asked for).
pub fn verify_placed(conn: &mut dyn Connection, tree: &Tree) -> Result<Placed, Error> {
    let master = Tree::named(tree.name)?;
    let (_, id) = state::version_id(conn, &master)?;
    match verify::verify(conn, tree) {
        Ok(report) => {
            let releases = match (&id, report.differences.is_empty()) {
                (Some(i), true) if !releases::all()?.is_empty() => {
                    identify(conn, &master, i, true)?
                        .into_iter()
                        .filter(|c| c.differences == Some(0))
                        .flat_map(|c| c.lineage.releases)
                        .collect()
                }
                _ => Vec::new(),
            };
            Ok(Placed {
                report,
                revision: id,
                releases: sorted(releases),
                by_release: false,
                upgrade_first: None,
            })
        }
        // Built by another release's scripts: compared with what those built. On a
        // release's chain that is what `upgrade` reconciles first, so it is said.
        Err(Error::Lineage(_)) | Err(Error::OutOfRange(_)) => {
            let Some(i) = id else {
                return Err(Error::OutOfRange(format!(
                    "tree {} is at base but its schema is not",
                    tree.name
                )));
            };
            let d = conn.dialect();
            let best = identify(conn, &master, &i, true)?
                .into_iter()
                .next()
                .ok_or_else(|| {
                    Error::UnknownRevision(format!(
                        "no known scripts of tree {} reach {i}",
                        tree.name
                    ))
                })?;
            let live = live_tree_dump(conn, &master)?;
            let (extras, differences) =
                partition_extras(compare(&expected::render(&best.model, d), &live));
            let mut names = best.lineage.releases.clone();
            if names.is_empty() {
                names.extend(best.lineage.tree.release);
            }
            let upgrade_first = match tree.release {
                Some(release) => Some(upgrade_first(tree, release, &i, &best, d)?),
                None => None,
            };
            Ok(Placed {
                report: Report {
                    position: best.lineage.pos,
                    differences,
                    extras,
                    notes: Vec::new(),
                },
                revision: Some(i),
                releases: sorted(names),
                by_release: true,
                upgrade_first,
            })
        }
        Err(e) => Err(e),
    }
}

/// What `upgrade` on release `release`'s chain does first with a database at `id`
/// that `best`'s scripts built: reconcile it onto the release's version of `id`
/// (naming the first differences), or, where the release's scripts lack `id`, walk
/// the database's own chain to the release's newest first.
fn upgrade_first(
    tree: &Tree,
    release: &str,
    id: &str,
    best: &crate::engine::shape::Candidate,
    d: crate::definitions::dialect::Dialect,
) -> Result<String, Error> {
    let built = match best.lineage.tree.release {
        _ if best.lineage.master => "Asterisk's main branch".to_string(),
        Some(r) => format!("Asterisk {r}"),
        None => "another release".to_string(),
    };
    let Some(pos) = tree.position(id) else {
        return Ok(format!(
            "built by {built}'s scripts, which {release}'s lack; `upgrade` first takes it along them, \
             then reconciles it onto {release}'s"
        ));
    };
    let what = crate::model::compare::describe_difference(
        &expected::render(&crate::engine::plan::model_at(tree, d, pos)?, d),
        &expected::render(&best.model, d),
        &format!("{release}'s"),
    );
    let shown = match what.len() {
        0 => "the same schema".to_string(),
        1..=2 => what.join("; "),
        n => format!("{}; and {} more", what[..2].join("; "), n - 2),
    };
    Ok(format!(
        "built by {built}'s scripts; `upgrade` first reconciles it onto {release}'s ({shown})"
    ))
}

fn sorted(mut names: Vec<&'static str>) -> Vec<&'static str> {
    names.sort_by_key(|n| releases::version_key(n));
    names.dedup();
    names
}
