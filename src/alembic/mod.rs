//! Importing Alembic revision scripts (Asterisk's `contrib/ast-db-manage/<tree>/versions/*.py`)
//! into migrations, without Python.
//!
//! A script is parsed with tree-sitter's Python grammar (`python/`), then evaluated
//! once per dialect (`eval/`) into the operations Alembic would run there: branches on
//! `context.bind.dialect.name` take the dialect's path, and Alembic's per-dialect
//! behaviour (AUTO_INCREMENT only on MySQL, `postgresql_using` only on PostgreSQL) is
//! applied. The three operation lists are then merged into steps: an operation all three
//! run is one step, one only some run carries `dialects = [...]`. Raw SQL passed to
//! `op.execute` is read back into operations (`sql.rs`) so the schema model knows its
//! effect. Anything outside that vocabulary is an [`ImportError`] naming file, line and
//! construct; nothing is guessed.
//!
//! `write.rs` turns a [`Migration`] into the migration-file TOML `migration.rs` parses.
//!
//! May import: `definitions`, `dialect` (quoting the SQL of raw steps), `error`.

mod eval;
mod python;
mod sql;
mod write;

use std::fmt;
use std::path::Path;

use crate::definitions::dialect::Dialect;
use crate::definitions::migration::Migration;
use crate::definitions::ops::{ColumnType, Op, Step};
use crate::definitions::revision::Tree;

pub use write::to_toml;

/// Why a script could not be imported: `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ImportError {}

impl From<ImportError> for crate::error::Error {
    fn from(e: ImportError) -> Self {
        crate::error::Error::UnknownScripts(e.to_string())
    }
}

const DIALECTS: [Dialect; 3] = [Dialect::Mysql, Dialect::Postgresql, Dialect::Sqlite];

/// Imports one revision script; `file` names it in errors.
pub fn import_script(file: &str, source: &str) -> Result<Migration, ImportError> {
    let fail = |(line, message): (usize, String)| ImportError {
        file: file.to_string(),
        line,
        message,
    };
    let module = python::parse(source).map_err(fail)?;
    let message = docstring_message(&module).ok_or_else(|| {
        fail((
            1,
            "no docstring: the revision's message is its first line".into(),
        ))
    })?;
    let mut runs = Vec::new();
    for d in DIALECTS {
        runs.push(eval::evaluate(&module, d).map_err(fail)?);
    }
    let first = &runs[0];
    let revision = first
        .revision
        .clone()
        .ok_or_else(|| fail((1, "no module-level `revision = '...'`".into())))?;
    let down_revision = first
        .down_revision
        .clone()
        .ok_or_else(|| fail((1, "no module-level `down_revision = ...`".into())))?;
    for (what, v) in [
        ("revision", &revision),
        ("down_revision", &down_revision.clone().unwrap_or_default()),
    ] {
        if what == "down_revision" && v.is_empty() {
            continue;
        }
        if let Some(p) = crate::definitions::migration::revision_id_problem(what, v) {
            return Err(fail((assignment_line(&module, what), p)));
        }
    }
    let section = |pick: fn(&eval::Evaluated) -> &Vec<(Op, usize)>| -> Vec<Step> {
        let lists: Vec<Vec<Op>> = runs
            .iter()
            .zip(DIALECTS)
            .map(|(r, d)| {
                pick(r)
                    .iter()
                    .map(|(op, _)| normalize(op.clone(), d))
                    .collect()
            })
            .collect();
        merge(&lists)
    };
    let upgrade = section(|r| &r.upgrade);
    let downgrade = section(|r| &r.downgrade);
    Ok(Migration {
        revision,
        down_revision,
        message,
        upgrade,
        downgrade,
        broken_downgrade: None,
    })
}

/// Imports every `<tree>/versions/*.py` under `dir` (an `ast-db-manage` folder):
/// per tree, (script file name, migration), sorted by file name.
pub type ImportedTree = (String, Vec<(String, Migration)>);

pub fn import_dir(dir: &Path) -> Result<Vec<ImportedTree>, ImportError> {
    let mut out = Vec::new();
    for tree in Tree::all().map(|t| t.name) {
        let versions = dir.join(tree).join("versions");
        if !versions.is_dir() {
            continue;
        }
        let io = |e: std::io::Error| ImportError {
            file: versions.display().to_string(),
            line: 0,
            message: e.to_string(),
        };
        let mut files: Vec<_> = std::fs::read_dir(&versions)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        files.sort();
        let mut migrations = Vec::new();
        for f in files {
            let shown = f.display().to_string();
            let text = std::fs::read_to_string(&f).map_err(|e| ImportError {
                file: shown.clone(),
                line: 0,
                message: e.to_string(),
            })?;
            let m = import_script(&shown, &text)?;
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| shown.clone());
            migrations.push((name, m));
        }
        out.push((tree.to_string(), migrations));
    }
    Ok(out)
}

/// The line of the last module-level assignment to `name` (1 when there is none).
fn assignment_line(m: &python::Module, name: &str) -> usize {
    m.body
        .iter()
        .rev()
        .find(|s| match &s.kind {
            python::StmtKind::Assign(targets, _) => targets
                .iter()
                .any(|t| matches!(t, python::Target::Name(n) if n == name)),
            python::StmtKind::AugAssign(python::Target::Name(n), ..) => n == name,
            _ => false,
        })
        .map_or(1, |s| s.line)
}

/// The revision message: the docstring's first paragraph, as Alembic wrote it.
fn docstring_message(m: &python::Module) -> Option<String> {
    let first = m.body.first()?;
    let python::StmtKind::Expr(e) = &first.kind else {
        return None;
    };
    let python::ExprKind::Str(s) = &e.kind else {
        return None;
    };
    let para: Vec<&str> = s
        .trim_start()
        .lines()
        .take_while(|l| !l.trim().is_empty() && !l.trim_start().starts_with("Revision ID:"))
        .map(|l| l.trim())
        .collect();
    if para.is_empty() {
        return None;
    }
    Some(para.join(" "))
}

/// What an operation means on one dialect, in the form the other dialects' runs can be
/// compared with: a PostgreSQL `USING` that is exactly what the renderer would write
/// anyway is left out.
fn normalize(op: Op, d: Dialect) -> Op {
    match op {
        Op::AlterColumn(mut a) if d == Dialect::Postgresql => {
            if let (Some(u), Some(ColumnType::Enum(e))) = (&a.using, &a.ty) {
                let plain = format!("{}::text::{e}", Dialect::Postgresql.ident(&a.column));
                let quoted = format!("\"{}\"::text::{e}", a.column);
                if *u == plain || *u == quoted {
                    a.using = None;
                }
            }
            Op::AlterColumn(a)
        }
        op => op,
    }
}

/// Merges each dialect's operation list (in `DIALECTS` order) into steps.
fn merge(lists: &[Vec<Op>]) -> Vec<Step> {
    let mut items: Vec<(Op, Vec<Dialect>)> = lists[0]
        .iter()
        .map(|o| (o.clone(), vec![DIALECTS[0]]))
        .collect();
    for (list, d) in lists.iter().zip(DIALECTS).skip(1) {
        items = merge_one(items, list, d);
    }
    items
        .into_iter()
        .map(|(op, mut ds)| {
            // Enum types exist as such only on PostgreSQL, so scripts create and drop
            // them there alone; the model needs them on every dialect (for MySQL's and
            // SQLite's value lists), where the step renders nothing.
            if ds == [Dialect::Postgresql]
                && matches!(
                    op,
                    Op::CreateEnum { .. } | Op::DropEnum { .. } | Op::RenameEnum { .. }
                )
            {
                ds = DIALECTS.to_vec();
            }
            ds.sort_by_key(|d| DIALECTS.iter().position(|x| x == d));
            ds.dedup();
            Step {
                op,
                dialects: if ds.len() == DIALECTS.len() {
                    None
                } else {
                    Some(ds)
                },
            }
        })
        .collect()
}

/// Two dialects' versions of one operation: equal but for `using`, which only
/// PostgreSQL renders.
fn same(a: &Op, b: &Op) -> bool {
    match (a, b) {
        (Op::AlterColumn(x), Op::AlterColumn(y)) => {
            let strip =
                |a: &crate::definitions::ops::AlterColumn| crate::definitions::ops::AlterColumn {
                    using: None,
                    ..a.clone()
                };
            strip(x) == strip(y)
        }
        _ => a == b,
    }
}

fn is_enum_op(op: &Op) -> bool {
    matches!(
        op,
        Op::CreateEnum { .. } | Op::DropEnum { .. } | Op::RenameEnum { .. }
    )
}

/// Longest-common-subsequence merge of `list` (dialect `d`) into `items`. Where both
/// have operations of their own between two shared ones, `list`'s leading enum-type
/// operations go first (a type is created or renamed before columns use it), then
/// `items`' own, then the rest of `list`'s.
fn merge_one(items: Vec<(Op, Vec<Dialect>)>, list: &[Op], d: Dialect) -> Vec<(Op, Vec<Dialect>)> {
    let (n, m) = (items.len(), list.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if same(&items[i].0, &list[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // The alignment: pairs (i, j) matched, in order.
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if same(&items[i].0, &list[j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1 {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs.push((n, m));
    let mut out = Vec::with_capacity(n + m);
    let mut items = items.into_iter().map(Some).collect::<Vec<_>>();
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in pairs {
        let theirs: Vec<Op> = list[j..pj].to_vec();
        let lead = theirs.iter().take_while(|o| is_enum_op(o)).count();
        for o in &theirs[..lead] {
            out.push((o.clone(), vec![d]));
        }
        out.extend(items.iter_mut().take(pi).skip(i).filter_map(Option::take));
        for o in &theirs[lead..] {
            out.push((o.clone(), vec![d]));
        }
        if let Some((mut op, mut ds)) = items.get_mut(pi).and_then(Option::take) {
            if d == Dialect::Postgresql {
                op = list[pj].clone();
            }
            ds.push(d);
            out.push((op, ds));
        }
        i = pi + 1;
        j = pj + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "\"\"\"add a thing\n\nRevision ID: abc\n\"\"\"\nrevision = 'abc'\ndown_revision = 'def'\nfrom alembic import op\nimport sqlalchemy as sa\n";

    #[test]
    fn a_dialect_branch_becomes_dialect_steps() {
        let src = format!(
            "{HEAD}\ndef upgrade():\n    if op.get_context().bind.dialect.name == 'mysql':\n        op.alter_column('t', 'c', nullable=True)\n    op.add_column('t', sa.Column('d', sa.String(20)))\n\ndef downgrade():\n    op.drop_column('t', 'd')\n"
        );
        let m = import_script("x.py", &src).unwrap();
        assert_eq!(m.revision, "abc");
        assert_eq!(m.down_revision.as_deref(), Some("def"));
        assert_eq!(m.message, "add a thing");
        assert_eq!(m.upgrade.len(), 2);
        assert_eq!(m.upgrade[0].dialects, Some(vec![Dialect::Mysql]));
        assert_eq!(m.upgrade[1].dialects, None);
        assert_eq!(m.downgrade.len(), 1);
    }

    fn import_error(body: &str) -> ImportError {
        let src = format!("{HEAD}\n{body}\ndef downgrade():\n    pass\n");
        match import_script("x.py", &src) {
            Ok(_) => panic!("imported: {body}"),
            Err(e) => e,
        }
    }

    /// The line of `needle` in the script `import_error` builds around `body`.
    fn line_of(body: &str, needle: &str) -> usize {
        let src = format!("{HEAD}\n{body}");
        src.lines().position(|l| l.contains(needle)).unwrap() + 1
    }

    #[test]
    fn a_script_that_builds_a_huge_string_is_refused_at_its_line() {
        // 36 doublings would be 64 GiB; the bound stops it at a few MiB.
        let body = format!(
            "s = 'a'\n{}def upgrade():\n    op.add_column('t', sa.Column(s, sa.String(20)))\n",
            "s = s + s\n".repeat(36)
        );
        let e = import_error(&body);
        assert!(
            e.message.contains("string of") && e.message.contains("more than the"),
            "{e}"
        );
        assert!(e.line > line_of(&body, "s = 'a'") && e.line < line_of(&body, "def upgrade"));
        assert!(e.to_string().starts_with("x.py:"), "{e}");
    }

    #[test]
    fn huge_lists_endless_work_and_deep_nesting_are_refused() {
        let lists = format!(
            "l = [1]\n{}def upgrade():\n    pass\n",
            "l = l + l\n".repeat(40)
        );
        let e = import_error(&lists);
        assert!(e.message.contains("a list of"), "{e}");
        let extend = format!(
            "l = [1]\n{}def upgrade():\n    pass\n",
            "l.extend(l)\n".repeat(40)
        );
        assert!(import_error(&extend).message.contains("a list of"));
        // Nested loops over lists within the bounds: too much work.
        let work = "l = [1]\nfor i in range_():\n    pass\n".replace(
            "for i in range_():\n    pass\n",
            &format!(
                "{}for a in l:\n    for b in l:\n        for c in l:\n            x = a\n",
                "l = l + l\n".repeat(12)
            ),
        ) + "def upgrade():\n    pass\n";
        let e = import_error(&work);
        assert!(e.message.contains("more work than"), "{e}");
        assert_eq!(e.line, line_of(&work, "x = a"));
        // Recursion that doubles at every level.
        let calls = "def f(n):\n    if n == 0:\n        return 0\n    return f(n + -1) + f(n + -1)\n\ndef upgrade():\n    f(40)\n";
        assert!(import_error(calls).message.contains("more work than"));
        // A list holding itself.
        let cycle = "l = []\nl.append(l)\nx = l\ndef upgrade():\n    pass\n";
        let e = import_error(cycle);
        assert!(e.message.contains("nested more than"), "{e}");
        // Integer overflow is an error, not a panic.
        let ints = format!(
            "i = 1\n{}def upgrade():\n    pass\n",
            "i = i * 1000\n".repeat(8)
        );
        assert!(import_error(&ints).message.contains("integer overflow"));
        // Expressions nested deeper than any script: refused before anything recurses.
        let deep = format!(
            "x = {}1{}\ndef upgrade():\n    pass\n",
            "(".repeat(5000),
            ")".repeat(5000)
        );
        let e = import_error(&deep);
        assert!(e.message.contains("levels deep"), "{e}");
        assert_eq!(e.line, line_of(&deep, "x = ("));
        // Within the bounds, the same constructs import.
        let fine = format!(
            "s = 'a'\n{}l = [1]\n{}x = {}1{}\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n",
            "s = s + s\n".repeat(12),
            "l = l + l\n".repeat(12),
            "(".repeat(40),
            ")".repeat(40)
        );
        assert!(import_script("x.py", &format!("{HEAD}\n{fine}")).is_ok());
    }

    #[test]
    fn a_bad_revision_is_reported_at_its_own_line() {
        let at = |head: &str| {
            let src = format!(
                "\"\"\"m\n\"\"\"\n{head}import sqlalchemy as sa\ndef upgrade():\n    pass\ndef downgrade():\n    pass\n"
            );
            let e = import_script("x.py", &src).unwrap_err();
            (e.line, e.message)
        };
        assert_eq!(
            at("revision = 42\ndown_revision = None\n"),
            (3, "revision must be a string, not a int".to_string())
        );
        assert_eq!(
            at("down_revision = None\nrevision = 'a.b'\n"),
            (
                4,
                "revision \"a.b\" is not a revision id (ASCII letters, digits and _ only)"
                    .to_string()
            )
        );
        assert_eq!(at("revision = 'abc'\ndown_revision = 7\n").0, 4);
        let long = "a".repeat(40);
        let (line, msg) = at(&format!("revision = 'abc'\n\ndown_revision = '{long}'\n"));
        assert_eq!(line, 5);
        assert!(msg.contains("more than the 32"), "{msg}");
        // Missing altogether: line 1, as before.
        assert_eq!(
            at("down_revision = None\n"),
            (1, "no module-level `revision = '...'`".to_string())
        );
    }
}
