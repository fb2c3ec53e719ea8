package store

import (
	"fmt"
	"strings"
)

// readOnlyKeywords are the statements Query accepts as their first word.
func readOnlyKeyword(w string) bool {
	switch strings.ToUpper(w) {
	case "SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "DESC", "SHOW",
		"SUMMARIZE", "EXPLAIN", "PIVOT", "UNPIVOT":
		return true
	}
	return false
}

// checkReadOnly accepts exactly one statement that starts with a read-only
// keyword (after comments and opening parentheses); a trailing semicolon is
// allowed. It is a first line of defence with clear messages: the
// read-only, sandboxed database configuration is what actually enforces it.
func checkReadOnly(q string) error {
	i := skipSpace(q, 0)
	for i < len(q) && q[i] == '(' {
		i = skipSpace(q, i+1)
	}
	j := i
	for j < len(q) && isWordByte(q[j]) {
		j++
	}
	first := q[i:j]
	if first == "" {
		if strings.TrimSpace(q) == "" {
			return fmt.Errorf("%w: the query is empty", ErrNotReadOnly)
		}
		return fmt.Errorf("%w: cannot read the statement type", ErrNotReadOnly)
	}
	if !readOnlyKeyword(first) {
		return fmt.Errorf("%w (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN): %s statements are refused", ErrNotReadOnly, strings.ToUpper(first))
	}
	end, err := statementEnd(q)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNotReadOnly, err)
	}
	if rest := skipSpace(q, end+1); end < len(q) && rest < len(q) {
		return fmt.Errorf("%w: found a second statement after ';'", ErrNotReadOnly)
	}
	return nil
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// skipSpace skips white space and SQL comments from i.
func skipSpace(q string, i int) int {
	for i < len(q) {
		switch {
		case q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\r' || q[i] == '\f':
			i++
		case strings.HasPrefix(q[i:], "--"):
			k := strings.IndexByte(q[i:], '\n')
			if k < 0 {
				return len(q)
			}
			i += k + 1
		case strings.HasPrefix(q[i:], "/*"):
			k := strings.Index(q[i+2:], "*/")
			if k < 0 {
				return len(q)
			}
			i += k + 4
		default:
			return i
		}
	}
	return i
}

// statementEnd returns the offset of the first ';' outside quotes and
// comments, or len(q) when there is none.
func statementEnd(q string) (int, error) {
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ';':
			return i, nil
		case c == '\'' || c == '"':
			k := i + 1
			for {
				n := strings.IndexByte(q[k:], c)
				if n < 0 {
					return 0, fmt.Errorf("unterminated %c quote", c)
				}
				k += n + 1
				if k < len(q) && q[k] == c { // doubled quote: escaped
					k++
					continue
				}
				break
			}
			i = k
		case c == '$':
			// Dollar-quoted string: $tag$ ... $tag$.
			k := i + 1
			for k < len(q) && isWordByte(q[k]) {
				k++
			}
			if k < len(q) && q[k] == '$' {
				tag := q[i : k+1]
				n := strings.Index(q[k+1:], tag)
				if n < 0 {
					return 0, fmt.Errorf("unterminated %s quote", tag)
				}
				i = k + 1 + n + len(tag)
			} else {
				i = k
			}
		case c == '-' || c == '/':
			if n := skipSpace(q, i); n > i {
				i = n
			} else {
				i++
			}
		default:
			i++
		}
	}
	return len(q), nil
}
