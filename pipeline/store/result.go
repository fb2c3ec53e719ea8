package store

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Result is the outcome of a query. Values are nil (NULL), bool, int64,
// uint64, *big.Int, float64, string, []byte, time.Time (DATE, TIME and
// TIMESTAMP columns; Types says which), []any (LIST) or map[string]any
// (STRUCT, MAP); other DuckDB types are kept as the driver returns them.
type Result struct {
	Columns   []string
	Types     []string // DuckDB type name of each column ("VARCHAR", "DATE", "VARCHAR[]", ...)
	Rows      [][]any
	Truncated bool // rows beyond Options.MaxRows were dropped
}

// normalize converts a driver value to one of the types Result documents.
func normalize(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, uint64, float64, string, []byte, time.Time, *big.Int:
		return v
	case int8:
		return int64(x)
	case int16:
		return int64(x)
	case int32:
		return int64(x)
	case int:
		return int64(x)
	case uint8:
		return uint64(x)
	case uint16:
		return uint64(x)
	case uint32:
		return uint64(x)
	case float32:
		return float64(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = normalize(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = normalize(e)
		}
		return out
	}
	// duckdb.Map is map[any]any: key it by the keys' text.
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Map {
		out := make(map[string]any, rv.Len())
		it := rv.MapRange()
		for it.Next() {
			out[fmt.Sprint(normalize(it.Key().Interface()))] = normalize(it.Value().Interface())
		}
		return out
	}
	return v
}

// formatTime formats a time value by its column type.
func formatTime(t time.Time, typ string) string {
	switch {
	case typ == "DATE" || strings.HasPrefix(typ, "DATE["):
		return t.Format("2006-01-02")
	case typ == "TIME":
		return t.Format("15:04:05.999999")
	case typ == "" && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0:
		return t.Format("2006-01-02") // nested value of unknown type
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// elemType is the type of a list's elements ("DATE[]" -> "DATE").
func elemType(typ string) string {
	if strings.HasSuffix(typ, "[]") {
		return strings.TrimSuffix(typ, "[]")
	}
	return ""
}

// jsonValue converts a value to what encoding/json should write: dates as
// "YYYY-MM-DD", lists as arrays, non-finite floats as null.
func jsonValue(v any, typ string) any {
	switch x := v.(type) {
	case time.Time:
		return formatTime(x, typ)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil
		}
		return x
	case *big.Int:
		return json.Number(x.String())
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e, elemType(typ))
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonValue(e, "")
		}
		return out
	}
	return v
}

// text formats a value for the table and CSV writers; ok is false for NULL.
func text(v any, typ string) (s string, ok bool) {
	switch x := v.(type) {
	case nil:
		return "", false
	case string:
		return x, true
	case time.Time:
		return formatTime(x, typ), true
	case int64:
		return strconv.FormatInt(x, 10), true
	case uint64:
		return strconv.FormatUint(x, 10), true
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), true
	case bool:
		return strconv.FormatBool(x), true
	case []byte:
		return fmt.Sprintf("\\x%x", x), true
	case []any, map[string]any:
		b, err := json.Marshal(jsonValue(x, typ))
		if err != nil {
			return fmt.Sprint(x), true
		}
		return string(b), true
	}
	return fmt.Sprint(v), true
}

func (r *Result) colType(i int) string {
	if i < len(r.Types) {
		return r.Types[i]
	}
	return ""
}

// numeric reports whether a column type is right-aligned in tables.
func numeric(typ string) bool {
	switch typ {
	case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
		"UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE":
		return true
	}
	return strings.HasPrefix(typ, "DECIMAL")
}

// tableCell makes a value printable on one line of a text table.
func tableCell(v any, typ string) string {
	s, ok := text(v, typ)
	if !ok {
		return "NULL"
	}
	if strings.ContainsAny(s, "\n\r\t") {
		s = strings.NewReplacer("\r\n", `\n`, "\n", `\n`, "\r", `\n`, "\t", " ").Replace(s)
	}
	return s
}

// WriteTable writes the result as an aligned text table: a header, a rule,
// one line per row (NULL for nulls, line breaks shown as \n, numbers
// right-aligned) and a row count.
func (r *Result) WriteTable(w io.Writer) error {
	cells := make([][]string, len(r.Rows))
	width := make([]int, len(r.Columns))
	for i, c := range r.Columns {
		width[i] = utf8.RuneCountInString(c)
	}
	for i, row := range r.Rows {
		cells[i] = make([]string, len(r.Columns))
		for j := range r.Columns {
			var v any
			if j < len(row) {
				v = row[j]
			}
			s := tableCell(v, r.colType(j))
			cells[i][j] = s
			if n := utf8.RuneCountInString(s); n > width[j] {
				width[j] = n
			}
		}
	}
	bw := bufio.NewWriter(w)
	line := func(vals []string, right func(int) bool) {
		for j, s := range vals {
			if j > 0 {
				bw.WriteString(" | ")
			}
			pad := strings.Repeat(" ", width[j]-utf8.RuneCountInString(s))
			last := j == len(vals)-1
			switch {
			case right(j):
				bw.WriteString(pad + s)
			case last:
				bw.WriteString(s)
			default:
				bw.WriteString(s + pad)
			}
		}
		bw.WriteByte('\n')
	}
	line(r.Columns, func(int) bool { return false })
	for j := range r.Columns {
		if j > 0 {
			bw.WriteString("-+-")
		}
		bw.WriteString(strings.Repeat("-", width[j]))
	}
	bw.WriteByte('\n')
	for _, row := range cells {
		line(row, func(j int) bool { return numeric(r.colType(j)) })
	}
	n := len(r.Rows)
	switch {
	case r.Truncated:
		fmt.Fprintf(bw, "(%d rows shown, more were dropped)\n", n)
	case n == 1:
		bw.WriteString("(1 row)\n")
	default:
		fmt.Fprintf(bw, "(%d rows)\n", n)
	}
	return bw.Flush()
}

// WriteCSV writes the result as RFC 4180 CSV with a header line. NULL is an
// empty field, dates are YYYY-MM-DD and lists are JSON arrays.
func (r *Result) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(r.Columns); err != nil {
		return fmt.Errorf("store csv: %w", err)
	}
	rec := make([]string, len(r.Columns))
	for _, row := range r.Rows {
		for j := range rec {
			rec[j] = ""
			if j < len(row) {
				rec[j], _ = text(row[j], r.colType(j))
			}
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("store csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("store csv: %w", err)
	}
	return nil
}

// jsonKeys returns the object keys of the columns, suffixing repeated
// names ("a", "a_2") so that every key is unique.
func jsonKeys(cols []string) []string {
	seen := make(map[string]bool, len(cols))
	keys := make([]string, len(cols))
	for i, c := range cols {
		k := c
		for n := 2; seen[k]; n++ {
			k = c + "_" + strconv.Itoa(n)
		}
		seen[k] = true
		keys[i] = k
	}
	return keys
}

// WriteJSON writes the result as a JSON array of objects, one object per
// line with keys in column order; NULL is null, dates are "YYYY-MM-DD",
// lists are arrays.
func (r *Result) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	keys := jsonKeys(r.Columns)
	enc := make([][]byte, len(keys))
	for i, k := range keys {
		b, err := json.Marshal(k)
		if err != nil {
			return fmt.Errorf("store json: %w", err)
		}
		enc[i] = b
	}
	bw.WriteString("[")
	for i, row := range r.Rows {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n{")
		for j := range keys {
			if j > 0 {
				bw.WriteByte(',')
			}
			bw.Write(enc[j])
			bw.WriteByte(':')
			var v any
			if j < len(row) {
				v = row[j]
			}
			b, err := marshalSorted(jsonValue(v, r.colType(j)))
			if err != nil {
				return fmt.Errorf("store json: column %s: %w", r.Columns[j], err)
			}
			bw.Write(b)
		}
		bw.WriteByte('}')
	}
	if len(r.Rows) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// marshalSorted is json.Marshal (which already sorts map keys) without
// HTML escaping, so that text like "<b>" or "&" stays readable.
func marshalSorted(v any) ([]byte, error) {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(sb.String(), "\n")), nil
}
