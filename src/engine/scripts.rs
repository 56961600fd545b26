//! Which Asterisk's scripts are these: recognising an `ast-db-manage` tree on disk.
//!
//! With Alembic, `upgrade head` means the last revision of the scripts at the ini's
//! `script_location`: those of the Asterisk that was unpacked there. To mean the same,
//! ast-schema reads that folder's `versions/*.py`, identifies each file by its git
//! blob id (`git hash-object`) through `migrations/sources.toml` (which migration file,
//! master's or a branch variant, translates that exact script version), orders them by
//! their revision links, and names the releases whose own scripts are exactly these
//! (`migrations/releases.toml`). The chain to follow is then that release's, variants
//! included, so the same ini gives the schema and version row Alembic would. A script
//! this build does not carry (a newer Asterisk's, a site's own) is read with the
//! Alembic importer into a migration of its own and takes its place in the chain;
//! one the importer cannot read is an error naming file, line and construct.
//!
//! Read-only: it reads files, never a database.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use sha1::{Digest, Sha1};

use crate::alembic;
use crate::definitions::releases;
use crate::definitions::revision::{
    register_runtime_chain, runtime_revision, EmbeddedRevision, Tree, RUNTIME_LABEL, SOURCES_TOML,
};
use crate::definitions::sources_file::{self, Source};
use crate::error::Error;

/// What a folder of scripts was recognised as.
#[derive(Debug, Clone)]
pub struct Recognised {
    /// The tree's script folder (the one holding `versions/`).
    pub dir: PathBuf,
    /// The chain to follow: the release's (when the scripts are a release's), else
    /// the one the scripts form.
    pub tree: Tree,
    /// The releases whose own scripts for this tree are exactly these, oldest first.
    pub releases: Vec<&'static str>,
    /// How many script files were read.
    pub scripts: usize,
    /// The revisions this build does not carry, read from their scripts: id and file.
    pub from_disk: Vec<(&'static str, &'static str)>,
}

impl Recognised {
    /// "the scripts of Asterisk 22.10.x, 23.4.x" / "scripts of no released Asterisk".
    pub fn whose(&self) -> String {
        if self.releases.is_empty() {
            if self.tree.release.is_none() {
                "Asterisk's main branch scripts (newer than any release this build knows)"
                    .to_string()
            } else if !self.from_disk.is_empty() {
                let read: Vec<String> = self
                    .from_disk
                    .iter()
                    .map(|(id, file)| format!("{id} from {file}"))
                    .collect();
                format!(
                    "scripts this build carries up to the release they start from, and {} it read \
                     from the scripts themselves ({})",
                    read.len(),
                    read.join(", ")
                )
            } else {
                "scripts of no released Asterisk this build knows (a checkout between releases)"
                    .to_string()
            }
        } else {
            format!(
                "the scripts of Asterisk {}",
                releases::compact(&self.releases).unwrap_or_default()
            )
        }
    }
}

/// Git's blob id of a file's bytes (`git hash-object FILE`).
pub fn git_blob_id(bytes: &[u8]) -> String {
    let mut h = Sha1::new();
    h.update(format!("blob {}\0", bytes.len()).as_bytes());
    h.update(bytes);
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The script-source table, parsed once.
pub fn sources() -> Result<&'static [Source], Error> {
    static PARSED: OnceLock<Result<Vec<Source>, String>> = OnceLock::new();
    PARSED
        .get_or_init(|| sources_file::parse("migrations/sources.toml", SOURCES_TOML))
        .as_ref()
        .map(Vec::as_slice)
        .map_err(|e| Error::InvalidMigration(e.clone()))
}

/// Whether `dir` looks like one tree's Alembic script folder.
pub fn is_script_folder(dir: &Path) -> bool {
    dir.join("versions").is_dir()
}

/// Recognises the scripts of tree `tree_name` in `dir` (the folder with `versions/`).
pub fn recognise(dir: &Path, tree_name: &str) -> Result<Recognised, Error> {
    let master = Tree::named(tree_name)?;
    let versions = dir.join("versions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&versions)
        .map_err(|e| {
            Error::Config(format!(
                "{} is not an Alembic script folder ({}: {e})",
                dir.display(),
                versions.display()
            ))
        })?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::Config(format!(
            "{} has no scripts (no versions/*.py)",
            dir.display()
        )));
    }
    let embedded = Tree::embedded(tree_name)
        .ok_or_else(|| Error::Config(format!("unknown tree {tree_name:?}")))?;
    let sources = sources()?;
    let mut revs: Vec<&'static EmbeddedRevision> = Vec::new();
    let mut from_disk: Vec<&'static EmbeddedRevision> = Vec::new();
    for f in &files {
        let bytes =
            std::fs::read(f).map_err(|e| Error::Io(format!("cannot read {}: {e}", f.display())))?;
        let blob = git_blob_id(&bytes);
        let key = sources
            .iter()
            .find(|s| s.tree == tree_name && s.blob == blob)
            .map(|s| s.key.as_str());
        let found = key.and_then(|k| {
            embedded
                .revisions
                .iter()
                .chain(embedded.variants.iter())
                .find(|r| r.key() == k)
        });
        match found {
            Some(r) => revs.push(r),
            None => {
                // A script this build does not carry (a newer Asterisk, a site's own):
                // read it as Alembic would, into a migration of our own.
                let text = String::from_utf8(bytes).map_err(|_| {
                    Error::UnknownScripts(format!("{}: not UTF-8 text", f.display()))
                })?;
                let shown = f.display().to_string();
                let m = alembic::import_script(&shown, &text).map_err(|e| {
                    Error::UnknownScripts(format!(
                        "{e} (this ast-schema does not carry that {tree_name} script, git blob {blob}, \
                         and cannot read it; a newer ast-schema may)"
                    ))
                })?;
                // A revision this build carries, in a script no Asterisk shipped: an edit
                // here, which would make the same id mean two schemas.
                if embedded
                    .revisions
                    .iter()
                    .chain(embedded.variants.iter())
                    .any(|r| r.id == m.revision)
                {
                    return Err(Error::UnknownScripts(format!(
                        "{shown}: revision {} is one of Asterisk's, but this script differs from every \
                         version of it Asterisk shipped (git blob {blob}); restore it, and put local \
                         changes in a revision of their own",
                        m.revision
                    )));
                }
                let r = runtime_revision(shown, alembic::to_toml(&m), "disk")?;
                from_disk.push(r);
                revs.push(r);
            }
        }
    }
    let chain = order(&revs).ok_or_else(|| {
        Error::UnknownScripts(format!(
            "the {} scripts in {} do not form one line of revisions from base to a head",
            tree_name,
            versions.display()
        ))
    })?;
    let keys: Vec<String> = chain.iter().map(|r| r.key()).collect();
    let mut matching: Vec<&'static releases::Release> = Vec::new();
    for r in releases::all()? {
        let Some(items) = r.items(tree_name) else {
            continue;
        };
        let theirs = releases::resolve(&master, items)
            .map_err(|e| Error::InvalidMigration(format!("release {}: {e}", r.name)))?;
        if theirs.iter().map(|x| x.key()).eq(keys.iter().cloned()) {
            matching.push(r);
        }
    }
    matching.sort_by_key(|r| releases::version_key(&r.name));
    let master_keys: Vec<String> = master.revisions.iter().map(|r| r.key()).collect();
    let names: Vec<&'static str> = matching.iter().map(|r| r.name.as_str()).collect();
    // The chain is labelled with every release it is (`22.10.x, 23.4.x`): one label
    // per distinct chain, as the engine's caches want.
    let tree = if !names.is_empty() {
        let label: &'static str = String::leak(releases::compact(&names)?);
        master.with_chain(chain, label)
    } else if keys == master_keys {
        master
    } else if !from_disk.is_empty() {
        let t = master.with_chain(chain, RUNTIME_LABEL);
        register_runtime_chain(t);
        t
    } else {
        master.with_chain(chain, "unreleased")
    };
    Ok(Recognised {
        dir: dir.to_path_buf(),
        tree,
        releases: names,
        scripts: files.len(),
        from_disk: from_disk.iter().map(|r| (r.id, r.file)).collect(),
    })
}

/// The revisions as one line from base (the one revising nothing) by their links,
/// or `None` when they do not form exactly one.
fn order(revs: &[&'static EmbeddedRevision]) -> Option<Vec<&'static EmbeddedRevision>> {
    let mut out: Vec<&'static EmbeddedRevision> = Vec::new();
    let mut down: Option<&str> = None;
    while out.len() < revs.len() {
        let mut next = revs.iter().filter(|r| r.down == down);
        let r = next.next()?;
        if next.next().is_some() {
            return None;
        }
        out.push(r);
        down = Some(r.id);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blob_ids_are_gits() {
        // `printf 'hello\n' | git hash-object --stdin`
        assert_eq!(
            git_blob_id(b"hello\n"),
            "ce013625030ba8dba906f756967f9e9ca394464a"
        );
        assert_eq!(git_blob_id(b""), "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    }

    #[test]
    fn every_source_names_an_embedded_file() {
        let all = sources().unwrap();
        assert!(all.len() > 100);
        for s in all {
            let t = Tree::embedded(&s.tree).unwrap();
            assert!(
                t.revisions
                    .iter()
                    .chain(t.variants.iter())
                    .any(|r| r.key() == s.key),
                "{} {}",
                s.tree,
                s.key
            );
        }
    }
}
