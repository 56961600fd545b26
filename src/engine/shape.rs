//! Which shape is this database in: the schemas a database at a revision may have,
//! and which chain (master's or a release's) built it.
//!
//! A revision id does not always mean one schema: a few of Asterisk's downgrades
//! are lossy, and release branches built some revisions differently. Everything
//! that has to tell such databases apart asks here: [`possible_models`] and
//! [`live_model`] for the engine, [`identify`] for reconcile and `current`,
//! [`release_match`] for the report of which releases a database matches.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::db::driver::Connection;
use crate::db::introspect;
use crate::definitions::dialect::Dialect;
use crate::definitions::migration;
use crate::definitions::ops::Op;
use crate::definitions::releases::{self, Lineage};
use crate::definitions::revision::{runtime_only, EmbeddedRevision, Tree};
use crate::dialect::expected::{self, same_schema};
use crate::engine::plan::{fold_revision, model_at, Direction};
use crate::error::Error;
use crate::model::compare::{compare, describe_difference, keep_objects, partition_extras};
use crate::model::{Schema, UnownedKind, UnownedObject};

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
            fold_revision(tree, dialect, q, Direction::Downgrade, &mut down)?;
        }
        if !out.iter().any(|m| same_schema(m, &down, dialect)) {
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
        fold_revision(tree, dialect, p, Direction::Upgrade, &mut after)?;
        // A downgrade that cannot run leaves no database below it to tell apart.
        if !downgrade_blocked(tree, dialect, p..=p)? {
            let mut undone = after.clone();
            fold_revision(tree, dialect, p, Direction::Downgrade, &mut undone)?;
            if !same_schema(&undone, &before, dialect) {
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
    let mut candidates: Vec<(Schema, Option<Lineage>)> = possible_models(tree, d, pos)?
        .into_iter()
        .map(|m| (m, None))
        .collect();
    if pos > 0 {
        let id = tree.at(pos).id;
        let master = Tree::named(tree.name)?;
        // A release's chain ends at its head, but a database there may have come
        // down from a newer Asterisk: the shapes master's lossy downgrades leave
        // at the same revision of the same chain are this chain's too.
        if let (Some(_), Some(p)) = (tree.release, master.position(id)) {
            let same_chain = p == pos && (1..=pos).all(|q| tree.at(q).key() == master.at(q).key());
            if same_chain {
                for m in possible_models(&master, d, p)? {
                    if !candidates.iter().any(|(c, _)| same_schema(c, &m, d)) {
                        candidates.push((m, None));
                    }
                }
            }
        }
        if releases::contested(&master)?.contains(id) {
            let own: Vec<String> = (1..=pos).map(|q| tree.at(q).key()).collect();
            for l in releases::lineages(&master, id)? {
                let keys: Vec<String> = (1..=l.pos).map(|q| l.tree.at(q).key()).collect();
                if keys == own {
                    continue;
                }
                let m = model_at(&l.tree, d, l.pos)?;
                if !candidates.iter().any(|(c, _)| same_schema(c, &m, d)) {
                    candidates.push((m, Some(l)));
                }
            }
        }
    }
    if candidates.len() == 1 {
        return with_unowned(conn, candidates.remove(0).0);
    }
    let live = live_tree_dump(conn, tree)?;
    let scored: Vec<usize> = candidates
        .iter()
        .map(|(m, _)| compare(&expected::render(m, d), &live).len())
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
            let ours = expected::render(&model_at(tree, d, pos)?, d);
            let theirs = expected::render(&candidates[best].0, d);
            let line = match tree.release {
                Some(r) => format!("the scripts of Asterisk {r}"),
                None => "Asterisk's main branch".to_string(),
            };
            let what = describe_difference(&ours, &theirs, &line);
            let built_by = if l.master {
                "the scripts of Asterisk's main branch".to_string()
            } else {
                format!("the scripts of Asterisk {}", l.tree.release.unwrap_or("?"))
            };
            return Err(Error::Lineage(format!(
                "the database is at {id} as built by {built_by}, not as {line} builds it ({}); \
                 `ast-schema reconcile` moves it onto Asterisk's main branch, `--asterisk RELEASE` follows a release's own scripts",
                what.iter().take(4).cloned().collect::<Vec<_>>().join("; ")
            )));
        }
    }
    with_unowned(conn, candidates.swap_remove(best).0)
}

/// One way a database at some revision may have been built, with the schema that
/// way gives and, when it was compared, how far the live schema is from it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub lineage: Lineage,
    pub model: Schema,
    /// Lines of difference from the live schema; `None` when not compared.
    pub differences: Option<usize>,
    /// How many of those are objects no revision made (an operator's column, index,
    /// trigger or view), which `verify` lists as extras, not as drift.
    pub extras: usize,
}

/// The chains a database at revision `id` of `master`'s tree may have been built
/// by (master's and the releases'), each with its model, grouped where they give the
/// same schema, best first: scored against the live schema when there is more than
/// one or `compare` asks for it. Never empty.
pub fn identify(
    conn: &mut dyn Connection,
    master: &Tree,
    id: &str,
    compare_live: bool,
) -> Result<Vec<Candidate>, Error> {
    let d = conn.dialect();
    let mut cands: Vec<Candidate> = Vec::new();
    for l in releases::lineages(master, id)? {
        // Each shape a database of this chain can have here: the one its upgrades
        // build, and those Alembic's lossy downgrades leave on the way down.
        for m in possible_models(&l.tree, d, l.pos)? {
            match cands.iter_mut().find(|c| same_schema(&c.model, &m, d)) {
                Some(existing) => {
                    for r in &l.releases {
                        if !existing.lineage.releases.contains(r) {
                            existing.lineage.releases.push(r);
                        }
                    }
                    if l.master && !existing.lineage.master {
                        let releases = std::mem::take(&mut existing.lineage.releases);
                        existing.lineage = Lineage {
                            releases,
                            ..l.clone()
                        };
                    }
                }
                None => cands.push(Candidate {
                    lineage: l.clone(),
                    model: m,
                    differences: None,
                    extras: 0,
                }),
            }
        }
    }
    if cands.is_empty() {
        return Err(Error::UnknownRevision(format!(
            "no known scripts of tree {} reach {id}",
            master.name
        )));
    }
    if cands.len() > 1 || compare_live {
        let live = live_tree_dump(conn, master)?;
        for c in cands.iter_mut() {
            let lines = compare(&expected::render(&c.model, d), &live);
            let total = lines.len();
            c.extras = partition_extras(lines).0.len();
            c.differences = Some(total);
        }
        cands.sort_by_key(|c| (c.differences.unwrap_or(0), !c.lineage.master));
    }
    Ok(cands)
}

/// The best of [`identify`]'s candidates.
pub fn identify_best(
    conn: &mut dyn Connection,
    master: &Tree,
    id: &str,
    compare_live: bool,
) -> Result<Candidate, Error> {
    let mut best = identify(conn, master, id, compare_live)?
        .into_iter()
        .next()
        .ok_or_else(|| {
            Error::UnknownRevision(format!(
                "no known scripts of tree {} reach {id}",
                master.name
            ))
        })?;
    best.model = with_unowned(conn, best.model)?;
    Ok(best)
}

/// What a tree's revisions create, on master's chain or a branch's: the tables and
/// the enum types. Other trees' objects and other applications' are not its
/// business.
#[derive(Debug, Clone, Default)]
pub struct TreeObjects {
    pub tables: Vec<String>,
    pub enums: Vec<String>,
}

/// The tables and enum types any revision of `tree` creates on `d`, worked out once
/// per process.
pub fn tree_objects(tree: &Tree, d: Dialect) -> Result<TreeObjects, Error> {
    type Cache = Mutex<Vec<(String, Dialect, TreeObjects)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let cached = cache
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .find(|(n, dd, _)| n == tree.name && *dd == d)
        .map(|(_, _, v)| v.clone());
    let mut found = match cached {
        Some(v) => v,
        None => {
            let embedded = Tree::embedded(tree.name)
                .ok_or_else(|| Error::Config(format!("unknown tree {}", tree.name)))?;
            let mut found = TreeObjects::default();
            for r in embedded.revisions.iter().chain(embedded.variants.iter()) {
                found.add_created(r, d)?;
            }
            cache.lock().unwrap_or_else(|p| p.into_inner()).push((
                tree.name.to_string(),
                d,
                found.clone(),
            ));
            found
        }
    };
    // Revisions read at run time (scripts on disk, a site's files) create theirs too.
    for r in tree
        .revisions
        .iter()
        .filter(|r| runtime_only(tree.name, r.id).is_some())
    {
        found.add_created(r, d)?;
    }
    Ok(found)
}

impl TreeObjects {
    /// Adds the tables and enum types revision `r` creates on `d`.
    fn add_created(&mut self, r: &EmbeddedRevision, d: Dialect) -> Result<(), Error> {
        let add = |list: &mut Vec<String>, name: &String| {
            if !list.contains(name) {
                list.push(name.clone());
            }
        };
        let m = migration::parse(r.file, r.source).map_err(|e| r.invalid(e))?;
        for step in m.upgrade.iter().filter(|s| s.applies_to(d)) {
            match &step.op {
                Op::CreateTable { table, .. } => add(&mut self.tables, table),
                Op::CreateEnum { name, .. } => add(&mut self.enums, name),
                Op::RenameEnum { new_name, .. } => add(&mut self.enums, new_name),
                _ => {}
            }
        }
        Ok(())
    }
}

/// Every table any revision of the tree creates, on master's chain or a branch's.
pub fn tree_tables(tree: &Tree, d: Dialect) -> Result<Vec<String>, Error> {
    Ok(tree_objects(tree, d)?.tables)
}

/// The live schema, limited to the tables and enum types of `tree` (other trees'
/// and other applications' objects are not its business).
pub fn live_tree_dump(conn: &mut dyn Connection, tree: &Tree) -> Result<String, Error> {
    let ours = tree_objects(tree, conn.dialect())?;
    let live = introspect::dump(conn, false)?;
    Ok(keep_objects(
        &live,
        |t| ours.tables.iter().any(|o| o == t),
        |e| ours.enums.iter().any(|o| o == e),
    ))
}

/// Which releases' schema a database at `id` has (exactly), whether it is the
/// master line's, and a note when it matches none exactly or its revision id is
/// master's while its columns are a branch's.
#[derive(Debug, Clone)]
pub struct ReleaseMatch {
    /// The releases whose own scripts end at `id` with exactly this schema, in
    /// version order.
    pub releases: Vec<&'static str>,
    pub master_line: bool,
    /// One line at most: what the match means (the details are in `differences`).
    pub note: Option<String>,
    /// How the schema differs from Asterisk's main branch at the same revision,
    /// one entry each (a release branch's version of it), for `-v` and JSON.
    pub differences: Vec<String>,
}

/// Compares the live schema at `id` with every chain that reaches it.
pub fn release_match(
    conn: &mut dyn Connection,
    master: &Tree,
    id: &str,
) -> Result<ReleaseMatch, Error> {
    let d = conn.dialect();
    let found = identify(conn, master, id, true)?;
    let mut exact: Vec<&Candidate> = found.iter().filter(|c| c.differences == Some(0)).collect();
    // An operator's own additions do not make the schema another release's: with no
    // exact match, the closest whose only differences are extras is the match.
    let mut extras = 0;
    if exact.is_empty() {
        let fewest = found
            .iter()
            .filter(|c| c.differences == Some(c.extras))
            .map(|c| c.extras)
            .min();
        if let Some(n) = fewest {
            exact = found
                .iter()
                .filter(|c| c.differences == Some(n) && c.extras == n)
                .collect();
            extras = n;
        }
    }
    let mut names: Vec<&'static str> = exact
        .iter()
        .flat_map(|c| c.lineage.releases.iter().copied())
        .collect();
    names.sort_by_key(|n| releases::version_key(n));
    names.dedup();
    let master_line = exact.iter().any(|c| c.lineage.master);
    let mut differences = Vec::new();
    let note = match (exact.first(), master.position(id)) {
        (None, _) => {
            let best = &found[0];
            let who = if best.lineage.master {
                "Asterisk's main branch".to_string()
            } else {
                format!("Asterisk {}", best.lineage.tree.release.unwrap_or("?"))
            };
            Some(format!(
                "matches no known release exactly; closest is {who} at {id} ({} difference(s); `ast-schema verify` lists them)",
                best.differences.unwrap_or(0)
            ))
        }
        (Some(first), Some(pos)) if !master_line => {
            let ours = expected::render(&model_at(master, d, pos)?, d);
            let theirs = expected::render(&first.model, d);
            let all = releases::all()?;
            let mut lines: Vec<String> = Vec::new();
            for n in &names {
                if let Some(r) = all.iter().find(|r| r.name == *n) {
                    let l = if r.certified {
                        r.line.clone()
                    } else {
                        format!("{}.x", r.line)
                    };
                    if !lines.contains(&l) {
                        lines.push(l);
                    }
                }
            }
            differences = describe_difference(&ours, &theirs, "Asterisk's main branch");
            Some(format!(
                "at {id} as shipped by {}: {} difference(s) from Asterisk's main branch \
                 (`-v` lists them; `ast-schema reconcile` moves it there)",
                if lines.is_empty() {
                    "a release branch".to_string()
                } else {
                    lines.join(", ")
                },
                differences.len()
            ))
        }
        (Some(_), None) if !master_line => Some(match runtime_only(master.name, id) {
            Some(r) => format!(
                "{id} is a revision this build does not carry, read from {} ({})",
                r.file,
                if r.variant == Some("site") {
                    "a site's own revision"
                } else {
                    "a script on disk"
                }
            ),
            None => format!(
                "{id} is a revision only a release branch has (`ast-schema reconcile` moves the database onto Asterisk's main branch)"
            ),
        }),
        _ => None,
    };
    let note = match (note, extras) {
        (note, 0) => note,
        (note, n) => {
            // A step a run left half-done made objects no finished revision has:
            // they are that step's, not an operator's.
            let more = match crate::db::history::pending(conn, master.name)? {
                Some(p) => format!(
                    "plus {n} object(s) that the interrupted step {} {} -> {} made before it stopped \
                     ({} statement(s) had run; the same command finishes it)",
                    p.action.name(),
                    p.from.as_deref().unwrap_or("base"),
                    p.to.as_deref().unwrap_or("base"),
                    p.progress
                ),
                None => format!(
                    "plus {n} object(s) no revision made (an operator's, kept as they are; `ast-schema verify` lists them)"
                ),
            };
            Some(note.map_or(more.clone(), |t| format!("{t}; {more}")))
        }
    };
    Ok(ReleaseMatch {
        releases: names,
        master_line,
        note,
        differences,
    })
}

/// PostgreSQL: for each table that moving from `model` to `target` rebuilds (a
/// reconcile that puts columns in order), what the rebuild must carry across,
/// read from the catalog (only for those tables: it takes a dozen queries each).
pub fn carry_for_rebuilds(
    conn: &mut dyn Connection,
    mut model: Schema,
    target: &Schema,
) -> Result<Schema, Error> {
    let d = conn.dialect();
    if d != Dialect::Postgresql {
        return Ok(model);
    }
    let rebuilt: Vec<String> = crate::engine::diff::diff(&model, target, d)
        .into_iter()
        .filter_map(|op| match op {
            crate::definitions::ops::Op::ReorderColumns { table, .. } => Some(table),
            _ => None,
        })
        .collect();
    for t in model
        .tables
        .iter_mut()
        .filter(|t| rebuilt.contains(&t.name))
    {
        let columns: Vec<String> = t.columns.iter().map(|c| c.name.clone()).collect();
        let constraints: Vec<String> = t
            .primary_key
            .iter()
            .map(|k| k.name.clone())
            .chain(t.uniques.iter().map(|k| k.name.clone()))
            .chain(t.foreign_keys.iter().map(|f| f.name.clone()))
            .collect();
        let indexes: Vec<String> = t.indexes.iter().map(|i| i.name.clone()).collect();
        let c = introspect::postgres_carried(conn, &t.name, &columns, &constraints, &indexes)?;
        t.unowned = crate::model::Unowned {
            columns: c.columns,
            indexes: c.indexes,
            after: c.after,
            before_drop: c.before_drop,
            blockers: c.blockers,
        };
    }
    Ok(model)
}

/// `model` with what the live database has besides it (SQLite and PostgreSQL,
/// where a table rebuild must carry it across): columns and indexes of the
/// model's tables that no revision made, and every trigger and view.
pub fn with_unowned(conn: &mut dyn Connection, mut model: Schema) -> Result<Schema, Error> {
    match conn.dialect() {
        Dialect::Sqlite => {}
        Dialect::Postgresql | Dialect::Mysql => return Ok(model),
    }
    let catalog = introspect::sqlite_catalog(conn)?;
    for t in model.tables.iter_mut() {
        let live = introspect::sqlite_columns(conn, &t.name)?;
        t.unowned.columns = live
            .into_iter()
            .filter(|(name, _)| t.column(name).is_none())
            .collect();
        t.unowned.indexes = catalog
            .iter()
            .filter(|e| e.kind == "index" && e.table == t.name)
            .filter(|e| !t.indexes.iter().any(|i| i.name == e.name))
            .filter_map(|e| Some((e.name.clone(), e.sql.clone()?)))
            .collect();
    }
    model.unowned = catalog
        .iter()
        .filter_map(|e| {
            let kind = match e.kind.as_str() {
                "trigger" => UnownedKind::Trigger,
                "view" => UnownedKind::View,
                _ => return None,
            };
            Some(UnownedObject {
                kind,
                name: e.name.clone(),
                table: if kind == UnownedKind::View {
                    String::new()
                } else {
                    e.table.clone()
                },
                sql: e.sql.clone()?,
            })
        })
        .collect();
    Ok(model)
}
