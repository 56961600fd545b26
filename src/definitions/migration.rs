//! Migration files: parsing the TOML of one revision into ordered [`Step`]s.
//!
//! The file format is documented in docs/migration-files.md. `src/build.rs`
//! embeds the files and checks their headers and links; this module parses the
//! operations, on demand, and every file is parsed by the test suite.

use serde::Deserialize;

use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{Op, Step};

/// A parsed revision file.
#[derive(Debug, Clone, PartialEq)]
pub struct Migration {
    pub revision: String,
    pub down_revision: Option<String>,
    pub message: String,
    pub upgrade: Vec<Step>,
    pub downgrade: Vec<Step>,
    /// Set when the release's own downgrade script fails on some dialects; the
    /// steps still say what the script does, but a plan refuses to run them.
    pub broken_downgrade: Option<BrokenDowngrade>,
}

/// A downgrade that fails in Asterisk's own script (a branch variant's bug kept
/// for parity): on `dialects`, for `reason`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrokenDowngrade {
    pub dialects: Vec<Dialect>,
    pub reason: String,
}

impl Migration {
    /// Why this revision's downgrade cannot run on `d`, if it cannot.
    pub fn downgrade_broken_on(&self, d: Dialect) -> Option<&str> {
        self.broken_downgrade
            .as_ref()
            .filter(|b| b.dialects.contains(&d))
            .map(|b| b.reason.as_str())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    revision: String,
    #[serde(default)]
    down_revision: Option<String>,
    message: String,
    #[serde(default)]
    upgrade: Vec<toml::Table>,
    #[serde(default)]
    downgrade: Vec<toml::Table>,
    #[serde(default)]
    broken_downgrade: Option<BrokenDowngrade>,
}

/// The longest revision id a version table holds (Alembic's `version_num
/// VARCHAR(32)`).
pub const REVISION_ID_MAX: usize = 32;

/// A revision id ast-schema accepts: ASCII letters, digits and `_`, at most
/// [`REVISION_ID_MAX`] characters. Nothing that could leave a folder (`/`, `.`) or
/// a quoted literal, and nothing a version table would cut.
pub fn is_revision_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= REVISION_ID_MAX
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Why `id` (the value of `what`, `revision` or `down_revision`) is no revision id.
pub fn revision_id_problem(what: &str, id: &str) -> Option<String> {
    if is_revision_id(id) {
        return None;
    }
    let why = if id.len() > REVISION_ID_MAX {
        format!(
            "is {} characters long, more than the {REVISION_ID_MAX} a version table holds",
            id.chars().count()
        )
    } else {
        "is not a revision id (ASCII letters, digits and _ only)".to_string()
    };
    Some(format!("{what} {id:?} {why}"))
}

/// Parses one revision file; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Migration, String> {
    let raw: RawFile =
        toml::from_str(text).map_err(|e| format!("{file}: {}", one_line(&e.to_string())))?;
    let down = raw.down_revision.as_deref().unwrap_or_default();
    for (what, id) in [("revision", raw.revision.as_str()), ("down_revision", down)] {
        if what == "down_revision" && id.is_empty() {
            continue;
        }
        if let Some(p) = revision_id_problem(what, id) {
            return Err(format!("{file}: {p}"));
        }
    }
    let steps = |list: Vec<toml::Table>, section: &str| -> Result<Vec<Step>, String> {
        list.into_iter()
            .enumerate()
            .map(|(i, t)| {
                parse_step(t).map_err(|e| format!("{file}: {section} step {}: {e}", i + 1))
            })
            .collect()
    };
    Ok(Migration {
        revision: raw.revision,
        down_revision: raw.down_revision.filter(|d| !d.is_empty()),
        message: raw.message,
        upgrade: steps(raw.upgrade, "upgrade")?,
        downgrade: steps(raw.downgrade, "downgrade")?,
        broken_downgrade: match raw.broken_downgrade {
            Some(b) if b.dialects.is_empty() || b.reason.trim().is_empty() => {
                return Err(format!(
                    "{file}: `broken_downgrade` needs `dialects` and a `reason`"
                ))
            }
            b => b,
        },
    })
}

fn parse_step(mut t: toml::Table) -> Result<Step, String> {
    let dialects = match t.remove("dialects") {
        None => None,
        Some(v) => {
            let list: Vec<Dialect> = v
                .try_into()
                .map_err(|e: toml::de::Error| one_line(&e.to_string()))?;
            if list.is_empty() {
                return Err("`dialects` is empty".into());
            }
            Some(list)
        }
    };
    let op: Op = toml::Value::Table(t)
        .try_into()
        .map_err(|e: toml::de::Error| one_line(&e.to_string()))?;
    check_names(&op)?;
    Ok(Step { op, dialects })
}

/// Every name in an operation must be an identifier ast-schema can quote.
fn check_names(op: &Op) -> Result<(), String> {
    use crate::definitions::ops::is_identifier;
    let mut names: Vec<&str> = Vec::new();
    match op {
        Op::CreateTable {
            table,
            columns,
            primary_key,
            unique,
            foreign_keys,
        } => {
            names.push(table);
            names.extend(columns.iter().map(|c| c.name.as_str()));
            names.extend(primary_key.iter().flat_map(|k| {
                k.name
                    .as_deref()
                    .into_iter()
                    .chain(k.columns.iter().map(|s| s.as_str()))
            }));
            names.extend(unique.iter().flat_map(|k| {
                k.name
                    .as_deref()
                    .into_iter()
                    .chain(k.columns.iter().map(|s| s.as_str()))
            }));
            for f in foreign_keys {
                names.extend(f.name.as_deref());
                names.push(&f.ref_table);
                names.extend(f.columns.iter().chain(&f.ref_columns).map(|s| s.as_str()));
            }
        }
        Op::AddColumn { table, column } => names.extend([table.as_str(), column.name.as_str()]),
        Op::AlterColumn(a) => {
            names.extend([a.table.as_str(), a.column.as_str()]);
            names.extend(a.new_name.as_deref());
        }
        Op::CreateIndex {
            name,
            table,
            columns,
            ..
        }
        | Op::CreateUnique {
            name,
            table,
            columns,
        }
        | Op::CreatePrimaryKey {
            name,
            table,
            columns,
        } => {
            names.extend([name.as_str(), table.as_str()]);
            names.extend(columns.iter().map(|s| s.as_str()));
        }
        Op::CreateForeignKey {
            name,
            table,
            columns,
            ref_table,
            ref_columns,
            ..
        } => {
            names.extend([name.as_str(), table.as_str(), ref_table.as_str()]);
            names.extend(columns.iter().chain(ref_columns).map(|s| s.as_str()));
        }
        Op::DropTable { table } => names.push(table),
        Op::DropColumn { table, column } => names.extend([table.as_str(), column.as_str()]),
        Op::DropIndex { name, table } | Op::DropConstraint { name, table, .. } => {
            names.extend([name.as_str(), table.as_str()])
        }
        Op::CreateEnum { name, .. } | Op::DropEnum { name } => names.push(name),
        Op::RenameEnum { name, new_name } => names.extend([name.as_str(), new_name.as_str()]),
        Op::ReorderColumns { table, columns } => {
            names.push(table);
            names.extend(columns.iter().map(|s| s.as_str()));
        }
        Op::Update(u) => {
            names.extend([u.table.as_str(), u.column.as_str()]);
            names.extend(u.from_column.as_deref());
            names.extend(u.where_column.as_deref());
        }
        Op::Sql { .. } => {}
    }
    match names.into_iter().find(|n| !is_identifier(n)) {
        Some(bad) => Err(format!("{}: invalid name {bad:?}", op.describe())),
        None => Ok(()),
    }
}

/// A parser's message on one line (TOML errors span several).
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_with_dialects_parses() {
        let m = parse(
            "x.toml",
            r#"
revision = "abc"
down_revision = "def"
message = "m"
[[upgrade]]
op = "alter_column"
dialects = ["mysql"]
table = "t"
column = "c"
nullable = true
"#,
        )
        .unwrap();
        assert_eq!(m.upgrade.len(), 1);
        assert_eq!(m.upgrade[0].dialects, Some(vec![Dialect::Mysql]));
        assert!(m.downgrade.is_empty());
    }

    #[test]
    fn unknown_fields_and_ops_are_errors_naming_the_file_and_step() {
        let err = parse(
            "migrations/config/x.toml",
            "revision='a'\nmessage='m'\n[[upgrade]]\nop='drop_table'\ntable='t'\ncolour='red'\n",
        )
        .unwrap_err();
        assert!(
            err.starts_with("migrations/config/x.toml: upgrade step 1:"),
            "{err}"
        );
        assert!(err.contains("colour"), "{err}");
        let err = parse(
            "f.toml",
            "revision='a'\nmessage='m'\n[[downgrade]]\nop='explode'\n",
        )
        .unwrap_err();
        assert!(
            err.contains("downgrade step 1") && err.contains("explode"),
            "{err}"
        );
    }

    #[test]
    fn revision_ids_that_could_leave_a_folder_or_not_fit_the_version_table_are_rejected() {
        let file = |rev: &str, down: &str| {
            format!("revision = {rev:?}\ndown_revision = {down:?}\nmessage = 'm'\n")
        };
        for bad in ["../../etc", "a b", "a.b", "a'b", "a\"b", "a/b", "é", ""] {
            let err = parse("site/config/x.toml", &file(bad, "abc")).unwrap_err();
            assert_eq!(
                err,
                format!(
                    "site/config/x.toml: revision {bad:?} is not a revision id (ASCII letters, digits and _ only)"
                )
            );
            if !bad.is_empty() {
                let err = parse("x.toml", &file("abc", bad)).unwrap_err();
                assert!(err.starts_with("x.toml: down_revision "), "{err}");
            }
        }
        let long = "a".repeat(33);
        let err = parse("x.toml", &file(&long, "abc")).unwrap_err();
        assert_eq!(
            err,
            format!("x.toml: revision \"{long}\" is 33 characters long, more than the 32 a version table holds")
        );
        assert!(parse("x.toml", &file("abc", &long)).is_err());
        let ok = "A_1".repeat(10) + "zz";
        assert_eq!(parse("x.toml", &file(&ok, "abc")).unwrap().revision, ok);
        // An empty down_revision is the base, as before.
        assert_eq!(
            parse("x.toml", &file("abc", "")).unwrap().down_revision,
            None
        );
    }

    #[test]
    fn bad_names_are_rejected() {
        let err = parse(
            "f.toml",
            "revision='a'\nmessage='m'\n[[upgrade]]\nop='drop_table'\ntable='a; drop'\n",
        )
        .unwrap_err();
        assert!(err.contains("invalid name"), "{err}");
    }
}
