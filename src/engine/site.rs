//! A site's own revisions: migration files of our format stacked on a tree
//! (`--migrations DIR`, one folder per tree: `DIR/config/*.toml`), and writing a new
//! one (`ast-schema revision -m MESSAGE`), as `alembic revision` does.
//!
//! The files are read at run time and follow the chain the command would follow
//! otherwise (ast-schema's own, a release's, or the scripts on disk): the first of
//! them must revise that chain's newest revision. When Asterisk later adds revisions
//! after the one a site revision sits on, the two form a fork (two heads, which
//! Alembic would need a merge for); ast-schema names it and says how to rebase the
//! site revision.

use std::path::{Path, PathBuf};

use crate::definitions::revision::{
    register_runtime_chain, runtime_revision, EmbeddedRevision, Tree, SITE_LABEL,
};
use crate::error::Error;

/// `tree` with the site's revisions under `dir` on top (unchanged when there are
/// none for it); the result is registered, so the engine knows its revisions.
pub fn extend(tree: &Tree, dir: &Path) -> Result<Tree, Error> {
    let site = read(dir, tree.name)?;
    if site.is_empty() {
        return Ok(*tree);
    }
    let mut chain: Vec<&'static EmbeddedRevision> = tree.revisions.to_vec();
    let head = tree.head().map(|h| h.id);
    let mut rest = site;
    let mut down = head;
    while !rest.is_empty() {
        let Some(i) = rest.iter().position(|r| r.down == down) else {
            return Err(fork(tree, &rest, &chain));
        };
        let r = rest.remove(i);
        chain.push(r);
        down = Some(r.id);
    }
    let t = tree.with_chain(chain, SITE_LABEL);
    register_runtime_chain(t);
    Ok(t)
}

/// Says why the site's revisions do not stack on `tree`'s newest revision.
fn fork(
    tree: &Tree,
    rest: &[&'static EmbeddedRevision],
    chain: &[&'static EmbeddedRevision],
) -> Error {
    let head = chain.last().map_or("base", |r| r.id);
    // The site revision whose parent is a revision of the chain, but not its newest.
    let stray = rest
        .iter()
        .find(|r| r.down.is_some_and(|d| chain.iter().any(|c| c.id == d)));
    match stray {
        Some(r) => {
            let parent = r.down.unwrap_or("base");
            let after: Vec<&str> = chain
                .iter()
                .skip_while(|c| c.id != parent)
                .skip(1)
                .map(|c| c.id)
                .collect();
            Error::Config(format!(
                "site revision {} ({}) revises {parent}, but {} goes on after {parent} with {}: two heads. \
                 Rebase the site revision: set down_revision = \"{head}\" in {} (and check that its operations \
                 still fit after those revisions), as Alembic would need a merge revision; a database already at a \
                 site revision goes back to {parent} first, with the ast-schema and files that put it there",
                r.id,
                r.file,
                chain_name(tree),
                after.join(", "),
                r.file
            ))
        }
        None => {
            let r = rest[0];
            Error::Config(format!(
                "site revision {} ({}) revises {}, which is neither a revision of {} nor another site revision",
                r.id,
                r.file,
                r.down.unwrap_or("nothing (a second base)"),
                chain_name(tree)
            ))
        }
    }
}

fn chain_name(tree: &Tree) -> String {
    match tree.release {
        Some(r) if r.starts_with("the ") => r.to_string(),
        Some(r) => format!("Asterisk {r}'s scripts"),
        None => "Asterisk's main branch".to_string(),
    }
}

/// The folder of one tree's site revisions.
pub fn tree_dir(dir: &Path, tree: &str) -> PathBuf {
    dir.join(tree)
}

/// Every site revision of `tree` under `dir`, in file-name order.
fn read(dir: &Path, tree: &str) -> Result<Vec<&'static EmbeddedRevision>, Error> {
    let folder = tree_dir(dir, tree);
    if !dir.is_dir() {
        return Err(Error::Config(format!(
            "--migrations {}: no such folder",
            dir.display()
        )));
    }
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map_err(|e| Error::Io(format!("cannot read {}: {e}", folder.display())))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out: Vec<&'static EmbeddedRevision> = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f)
            .map_err(|e| Error::Io(format!("cannot read {}: {e}", f.display())))?;
        let r = runtime_revision(f.display().to_string(), text, "site")?;
        if let Some(twin) = out.iter().find(|o| o.id == r.id) {
            return Err(Error::Config(format!(
                "{}: revision {} is also in {}",
                r.file, r.id, twin.file
            )));
        }
        out.push(r);
    }
    Ok(out)
}

/// A new revision id: twelve hex digits, as Alembic makes them.
fn new_id() -> String {
    use sha2::{Digest, Sha256};
    let seed = format!(
        "{:?}{}{:?}",
        std::time::SystemTime::now(),
        std::process::id(),
        std::thread::current().id()
    );
    Sha256::digest(seed.as_bytes())
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes a new, empty site revision of `tree` on top of its newest revision into
/// `dir/<tree>/`, and returns its id and path.
pub fn new_revision(tree: &Tree, dir: &Path, message: &str) -> Result<(String, PathBuf), Error> {
    if message.trim().is_empty() || message.contains('\n') {
        return Err(Error::Config(
            "revision -m needs a one-line message".to_string(),
        ));
    }
    let id = new_id();
    let folder = tree_dir(dir, tree.name);
    std::fs::create_dir_all(&folder)
        .map_err(|e| Error::Io(format!("cannot create {}: {e}", folder.display())))?;
    let slug: String = message
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect::<String>()
        .split('_')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("_");
    let path = folder.join(format!("{id}_{slug}.toml"));
    let down = match tree.head() {
        Some(h) => format!("down_revision = {:?}\n", h.id),
        None => String::new(),
    };
    let text = format!(
        "# A site revision of the {} tree, written by `ast-schema revision`.\n\
         # Add its operations in the form of ast-schema's migration files (docs/migration-files.md,\n\
         # \"Site revisions\"), for example:\n\
         #\n\
         # [[upgrade]]\n\
         # op = \"add_column\"\n\
         # table = \"ps_endpoints\"\n\
         # column = {{ name = \"site_note\", type = \"string(80)\" }}\n\
         #\n\
         # [[downgrade]]\n\
         # op = \"drop_column\"\n\
         # table = \"ps_endpoints\"\n\
         # column = \"site_note\"\n\n\
         revision = {id:?}\n{down}message = {}\n",
        tree.name,
        toml::Value::String(message.to_string())
    );
    std::fs::write(&path, text)
        .map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))?;
    Ok((id, path))
}
