//! Comparing schemas in their normalized text form.
//!
//! Both sides are the text `db::introspect` reads from a live database and
//! `dialect::expected` renders from a model: one `table` line per table, its
//! columns and constraints indented under it, enum types at the top. [`compare`]
//! lists what one side lacks or has extra, per table and column; `verify`, the
//! engine and reconcile all compare through here.

/// The dump with only the tables `keep_table` accepts and the enum types (lines
/// `enum NAME: ...`) `keep_enum` accepts.
pub fn keep_objects(
    dump: &str,
    keep_table: impl Fn(&str) -> bool,
    keep_enum: impl Fn(&str) -> bool,
) -> String {
    let mut out = String::new();
    let mut on = true;
    for line in dump.lines() {
        if let Some(t) = line.strip_prefix("table ") {
            on = keep_table(t);
        } else if let Some(e) = line.strip_prefix("enum ") {
            on = keep_enum(e.split(':').next().unwrap_or(e));
        } else if !line.starts_with("  ") {
            on = true;
        }
        if on {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Whether a difference is an object the live side has that no revision makes
/// (an operator's column, index, trigger or view), rather than a difference in
/// what the revisions made.
pub fn is_extra(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("unexpected: ") else {
        return false;
    };
    if rest.starts_with("column ") || rest.starts_with("view ") {
        return true;
    }
    rest.split_once(": ")
        .is_some_and(|(_, what)| what.starts_with("index ") || what.starts_with("trigger "))
}

/// Splits differences into (extras, the rest): [`is_extra`] objects, and the
/// constraints an operator put on an operator's own column (a foreign key, check
/// or unique key over columns no revision made), which come and go with it.
pub fn partition_extras(lines: Vec<String>) -> (Vec<String>, Vec<String>) {
    let columns: Vec<(String, String)> = lines
        .iter()
        .filter_map(|l| {
            let name = l
                .strip_prefix("unexpected: column ")?
                .split_whitespace()
                .next()?;
            let (t, c) = name.split_once('.')?;
            Some((t.to_string(), c.to_string()))
        })
        .collect();
    lines
        .into_iter()
        .partition(|l| is_extra(l) || on_extra_columns(l, &columns))
}

/// Whether a line is a key or check that reads only operators' columns (`columns`:
/// table and column of each).
fn on_extra_columns(line: &str, columns: &[(String, String)]) -> bool {
    let Some((table, what)) = line
        .strip_prefix("unexpected: ")
        .and_then(|r| r.split_once(": "))
    else {
        return false;
    };
    let own: Vec<&str> = columns
        .iter()
        .filter(|(t, _)| t == table)
        .map(|(_, c)| c.as_str())
        .collect();
    if own.is_empty() {
        return false;
    }
    let listed = |rest: &str| {
        let inside = rest.split_once('(').map(|(_, r)| r).unwrap_or_default();
        let cols = inside.split(')').next().unwrap_or_default();
        !cols.is_empty() && cols.split(',').all(|c| own.contains(&c.trim()))
    };
    if let Some(rest) = what
        .strip_prefix("fk ")
        .or_else(|| what.strip_prefix("unique "))
    {
        return listed(rest);
    }
    if let Some(rest) = what.strip_prefix("check ") {
        let words: Vec<&str> = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .collect();
        return own.iter().any(|c| words.contains(c));
    }
    false
}

/// Line differences, grouped under their table (order does not matter).
pub fn compare(want: &str, live: &str) -> Vec<String> {
    use std::collections::HashSet;
    let parse = |s: &str| -> Vec<(String, String)> {
        let mut table = String::new();
        s.lines()
            .map(|l| {
                if let Some(t) = l.strip_prefix("table ") {
                    table = t.to_string();
                    (String::new(), l.to_string())
                } else if l.starts_with("  ") {
                    (table.clone(), l.trim().to_string())
                } else {
                    (String::new(), l.to_string())
                }
            })
            .collect()
    };
    let w = parse(want);
    let g = parse(live);
    let ws: HashSet<&(String, String)> = w.iter().collect();
    let gs: HashSet<&(String, String)> = g.iter().collect();
    let tables = |v: &[(String, String)]| -> HashSet<String> {
        v.iter()
            .filter_map(|(_, l)| l.strip_prefix("table ").map(str::to_string))
            .collect()
    };
    let (wt, gt) = (tables(&w), tables(&g));
    let mut out = Vec::new();
    // A table missing on one side is one difference, not one per column.
    for x @ (t, l) in &w {
        if !gs.contains(x) && (t.is_empty() || gt.contains(t)) {
            out.push(describe("missing", t, l, &g));
        }
    }
    for x @ (t, l) in &g {
        if !ws.contains(x) && (t.is_empty() || wt.contains(t)) {
            out.push(describe("unexpected", t, l, &w));
        }
    }
    // A column present on both sides with different definitions shows twice; say it once.
    let mut seen = HashSet::new();
    out.retain(|x| seen.insert(x.clone()));
    out
}

fn describe(kind: &str, table: &str, line: &str, other: &[(String, String)]) -> String {
    if let Some(col) = line.strip_prefix("column ") {
        let name = col.split(' ').next().unwrap_or("");
        let twin = other.iter().find(|(t, l)| {
            t == table
                && l.strip_prefix("column ")
                    .is_some_and(|c| c.split(' ').next() == Some(name))
        });
        if let Some((_, l)) = twin {
            let (want, got) = if kind == "missing" {
                (col, &l[7..])
            } else {
                (&l[7..], col)
            };
            return format!("differs: {table}.{name}: expected `{want}`, found `{got}`");
        }
        return format!("{kind}: column {table}.{col}");
    }
    if table.is_empty() {
        format!("{kind}: {line}")
    } else {
        format!("{kind}: {table}: {line}")
    }
}

/// How `theirs` differs from `ours` (two expected schemas), in words naming `ours`:
/// "lacks ps_registrations.user_agent of the master line", "has table x, which the
/// master line lacks", "ps_a.b: expected `...`, found `...`".
pub fn describe_difference(ours: &str, theirs: &str, ours_name: &str) -> Vec<String> {
    let first_word = |rest: &str| rest.split(' ').next().unwrap_or(rest).to_string();
    compare(ours, theirs)
        .into_iter()
        .map(|line| {
            if let Some(rest) = line.strip_prefix("missing: column ") {
                format!("lacks {} of {ours_name}", first_word(rest))
            } else if let Some(rest) = line.strip_prefix("unexpected: column ") {
                format!("has {}, which {ours_name} lacks", first_word(rest))
            } else if let Some(rest) = line.strip_prefix("missing: table ") {
                format!("lacks table {rest} of {ours_name}")
            } else if let Some(rest) = line.strip_prefix("unexpected: table ") {
                format!("has table {rest}, which {ours_name} lacks")
            } else if let Some(rest) = line.strip_prefix("differs: ") {
                format!("{rest} ({ours_name} expected first)")
            } else {
                format!("{line} (compared with {ours_name})")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WANT: &str = "enum yesno: 'yes','no'\ntable a\n  column id int not null\n  column x varchar(10)\n  pk (id)\ntable b\n  column id int\n";

    #[test]
    fn identical_dumps_have_no_differences_whatever_the_order_of_lines() {
        let shuffled = "table b\n  column id int\ntable a\n  pk (id)\n  column id int not null\n  column x varchar(10)\nenum yesno: 'yes','no'\n";
        assert!(compare(WANT, shuffled).is_empty());
    }

    #[test]
    fn a_changed_column_is_one_difference_naming_both_definitions() {
        let live = WANT.replace("column x varchar(10)", "column x varchar(20)");
        assert_eq!(
            compare(WANT, &live),
            ["differs: a.x: expected `x varchar(10)`, found `x varchar(20)`"]
        );
    }

    #[test]
    fn missing_and_extra_columns_and_tables_are_listed_once() {
        let live = "enum yesno: 'yes','no'\ntable a\n  column id int not null\n  column y text\n  pk (id)\ntable c\n  column z int\n";
        let d = compare(WANT, live);
        assert!(
            d.contains(&"missing: column a.x varchar(10)".to_string()),
            "{d:?}"
        );
        assert!(
            d.contains(&"unexpected: column a.y text".to_string()),
            "{d:?}"
        );
        assert!(d.contains(&"missing: table b".to_string()), "{d:?}");
        assert!(d.contains(&"unexpected: table c".to_string()), "{d:?}");
        assert_eq!(d.len(), 4, "{d:?}");
    }

    #[test]
    fn keys_and_checks_on_an_operators_column_are_extras() {
        let lines: Vec<String> = [
            "unexpected: column t.site text",
            "unexpected: t: fk (site) -> sites(code) on update no action on delete no action",
            "unexpected: t: check (site <> 'bad')",
            "unexpected: t: fk (id) -> other(id) on update no action on delete no action",
            "unexpected: u: check (site <> 'x')",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let (extras, rest) = partition_extras(lines);
        assert_eq!(extras.len(), 3, "{extras:?}");
        assert_eq!(rest.len(), 2, "{rest:?}");
    }

    #[test]
    fn operators_columns_indexes_triggers_and_views_are_extras() {
        assert!(is_extra("unexpected: column t.note text"));
        assert!(is_extra("unexpected: t: index note_idx (note)"));
        assert!(is_extra("unexpected: t: trigger audit"));
        assert!(is_extra("unexpected: view v"));
        assert!(!is_extra("unexpected: t: unique t_a_key (a)"));
        assert!(!is_extra("missing: column t.x int"));
        assert!(!is_extra("differs: t.x: expected `x int`, found `x text`"));
        assert!(!is_extra("unexpected: table t"));
    }

    #[test]
    fn keep_objects_drops_other_tables_and_chosen_enum_lines() {
        let kept = keep_objects(WANT, |t| t == "b", |_| true);
        assert_eq!(kept, "enum yesno: 'yes','no'\ntable b\n  column id int\n");
        let no_enum = keep_objects(WANT, |t| t == "b", |e| e != "yesno");
        assert_eq!(no_enum, "table b\n  column id int\n");
    }

    #[test]
    fn differences_are_described_in_words_naming_the_reference() {
        let theirs = WANT.replace("  column x varchar(10)\n", "");
        let words = describe_difference(WANT, &theirs, "the master line");
        assert_eq!(words, ["lacks a.x of the master line"]);
    }
}
