package store

import (
	"errors"
	"testing"
)

func TestCheckReadOnly(t *testing.T) {
	tests := []struct {
		sql string
		ok  bool
	}{
		{"SELECT 1", true},
		{"select * from events;", true},
		{"  \n-- top events\nSELECT 1 ; -- done", true},
		{"/* note; with semicolon */ WITH x AS (SELECT 1) SELECT * FROM x", true},
		{"((SELECT 1))", true},
		{"FROM timeline LIMIT 5", true},
		{"VALUES (1), (2)", true},
		{"DESCRIBE mentions", true},
		{"SHOW TABLES", true},
		{"SUMMARIZE events", true},
		{"EXPLAIN SELECT 1", true},
		{"SELECT 'it''s; fine' AS s", true},
		{`SELECT 1 AS "odd;name"`, true},
		{"SELECT $$ a;b $$ AS s", true},
		{"SELECT 10 - 2 / 1", true},
		{"", false},
		{"   -- only a comment", false},
		{"INSERT INTO events VALUES (1)", false},
		{"COPY events TO 'x.csv'", false},
		{"ATTACH 'x.db'", false},
		{"INSTALL httpfs", false},
		{"LOAD httpfs", false},
		{"SET threads = 1", false},
		{"PRAGMA version", false},
		{"CALL pragma_version()", false},
		{"CREATE TEMP TABLE t AS SELECT 1", false},
		{"SELECT 1; SELECT 2", false},
		{"SELECT 1; DROP TABLE events", false},
		{"SELECT 'a;b'; DELETE FROM events", false},
		{"SELECT 'unterminated", false},
		{"SELECT $x$ never closed", false},
	}
	for _, tc := range tests {
		err := checkReadOnly(tc.sql)
		if tc.ok && err != nil {
			t.Errorf("checkReadOnly(%q) = %v, want nil", tc.sql, err)
		}
		if !tc.ok && !errors.Is(err, ErrNotReadOnly) {
			t.Errorf("checkReadOnly(%q) = %v, want ErrNotReadOnly", tc.sql, err)
		}
	}
}
