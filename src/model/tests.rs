//! Unit tests of the schema model.

use super::*;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{Column, Op};

/// A plain nullable column of type `ty` (the neutral spelling), for tests.
pub(crate) fn col(name: &str, ty: &str) -> Column {
    Column {
        name: name.into(),
        ty: ty.parse().unwrap(),
        nullable: true,
        primary_key: false,
        autoincrement: false,
        unique: false,
        default: None,
        values: None,
    }
}

fn table_op(name: &str, cols: Vec<Column>) -> Op {
    Op::CreateTable {
        table: name.into(),
        columns: cols,
        primary_key: None,
        unique: vec![],
        foreign_keys: vec![],
    }
}

#[test]
fn unnamed_unique_gets_the_name_each_database_chooses() {
    let mut id = col("id", "string(40)");
    id.unique = true;
    for (d, want) in [
        (Dialect::Mysql, "id"),
        (Dialect::Postgresql, "ps_aors_id_key"),
    ] {
        let mut s = Schema::default();
        s.apply(&table_op("ps_aors", vec![id.clone()]), d).unwrap();
        assert_eq!(s.tables[0].uniques[0].name, want);
    }
}

#[test]
fn enum_column_needs_a_registered_type_on_postgresql() {
    let mut s = Schema::default();
    let err = s
        .apply(
            &table_op("t", vec![col("c", "enum(yesno_values)")]),
            Dialect::Postgresql,
        )
        .unwrap_err();
    assert!(err.contains("yesno_values"), "{err}");
    s.apply(
        &Op::CreateEnum {
            name: "yesno_values".into(),
            values: vec!["yes".into(), "no".into()],
        },
        Dialect::Postgresql,
    )
    .unwrap();
    s.apply(
        &table_op("t", vec![col("c", "enum(yesno_values)")]),
        Dialect::Postgresql,
    )
    .unwrap();
    assert_eq!(
        s.tables[0].columns[0].enum_values.as_deref(),
        Some(&["yes".to_string(), "no".to_string()][..])
    );
    let err = s
        .apply(
            &Op::DropEnum {
                name: "yesno_values".into(),
            },
            Dialect::Postgresql,
        )
        .unwrap_err();
    assert!(err.contains("still used by column t.c"), "{err}");
}

#[test]
fn dropping_an_indexed_column_differs_between_mysql_and_postgresql() {
    for (d, left) in [
        (Dialect::Mysql, Some(vec!["b".to_string()])),
        (Dialect::Postgresql, None),
    ] {
        let mut s = Schema::default();
        s.apply(
            &table_op(
                "t",
                vec![
                    col("a", "integer"),
                    col("b", "integer"),
                    col("c", "integer"),
                ],
            ),
            d,
        )
        .unwrap();
        s.apply(
            &Op::CreateIndex {
                name: "t_ab".into(),
                table: "t".into(),
                columns: vec!["a".into(), "b".into()],
                unique: false,
            },
            d,
        )
        .unwrap();
        s.apply(
            &Op::DropColumn {
                table: "t".into(),
                column: "a".into(),
            },
            d,
        )
        .unwrap();
        assert_eq!(
            s.tables[0].indexes.first().map(|i| i.columns.clone()),
            left,
            "{d}"
        );
    }
}

#[test]
fn missing_tables_and_columns_are_named() {
    let mut s = Schema::default();
    let err = s
        .apply(
            &Op::DropColumn {
                table: "nope".into(),
                column: "x".into(),
            },
            Dialect::Sqlite,
        )
        .unwrap_err();
    assert_eq!(err, "table nope does not exist");
    s.apply(
        &table_op("t", vec![col("a", "integer"), col("b", "integer")]),
        Dialect::Sqlite,
    )
    .unwrap();
    let err = s
        .apply(
            &Op::DropColumn {
                table: "t".into(),
                column: "x".into(),
            },
            Dialect::Sqlite,
        )
        .unwrap_err();
    assert_eq!(err, "column t.x does not exist");
}
