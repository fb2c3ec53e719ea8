// Package eval scores system event mentions against the hand-made gold rows,
// as the Scoring section of gold/GUIDELINES.md defines it, and provides the
// naive keyword baseline the system is compared with.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"eventtimeline/pipeline/model"
)

// GoldRow is one line of a gold file: one mention of an event in one
// document. Nullable fields (subtype, when, qualifier, place, note) are ""
// when null or absent.
type GoldRow struct {
	Doc        string
	Type       string
	Subtype    string
	Factuality string
	When       string // normalised time value, "" when null (don't care)
	Qualifier  string
	Evidence   string // exact substring of the document
	Place      string
	Event      string // slug of the real-world event
	Note       string
	Actors     []string
	Line       int    // 1-based line in File
	File       string // the gold file the row came from
}

// Positive reports whether the row is scored: asserted with a time.
func (g *GoldRow) Positive() bool { return g.Factuality == model.FactAsserted && g.When != "" }

// DontCare reports whether the row is asserted but undated: matching it is
// neither a hit nor a false positive.
func (g *GoldRow) DontCare() bool { return g.Factuality == model.FactAsserted && g.When == "" }

// Where returns "file:line" for messages.
func (g *GoldRow) Where() string { return fmt.Sprintf("%s:%d", g.File, g.Line) }

// goldJSON is the on-disk form of a row; pointers tell null from missing.
type goldJSON struct {
	Doc        string   `json:"doc"`
	Type       string   `json:"type"`
	Subtype    *string  `json:"subtype"`
	Factuality string   `json:"factuality"`
	When       *string  `json:"when"`
	Qualifier  *string  `json:"qualifier"`
	Evidence   string   `json:"evidence"`
	Actors     []string `json:"actors"`
	Place      *string  `json:"place"`
	Event      string   `json:"event"`
	Note       *string  `json:"note"`
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// LoadGold reads every *.jsonl file in dir (in name order) and returns their
// rows in file and line order. Blank lines are skipped. A line that is not
// valid JSON, lacks doc/type/factuality/evidence, has an unknown type or
// factuality, or a when that does not parse is an error naming file:line.
func LoadGold(dir string) ([]GoldRow, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("load gold: %w", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("load gold %s: %w", dir, err)
	}
	sort.Strings(files)
	var rows []GoldRow
	for _, f := range files {
		rs, err := loadGoldFile(f)
		if err != nil {
			return nil, err
		}
		rows = append(rows, rs...)
	}
	return rows, nil
}

func loadGoldFile(path string) ([]GoldRow, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load gold: %w", err)
	}
	var rows []GoldRow
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), len(data)+1)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var j goldJSON
		if err := json.Unmarshal(b, &j); err != nil {
			return nil, fmt.Errorf("gold %s:%d: %w", path, line, err)
		}
		g := GoldRow{
			Doc: j.Doc, Type: j.Type, Subtype: deref(j.Subtype), Factuality: j.Factuality,
			When: deref(j.When), Qualifier: deref(j.Qualifier), Evidence: j.Evidence,
			Place: deref(j.Place), Event: j.Event, Note: deref(j.Note), Actors: j.Actors,
			Line: line, File: path,
		}
		if err := validate(&g); err != nil {
			return nil, fmt.Errorf("gold %s:%d: %w", path, line, err)
		}
		rows = append(rows, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	return rows, nil
}

// validate checks the fields scoring depends on.
func validate(g *GoldRow) error {
	switch {
	case g.Doc == "":
		return fmt.Errorf("missing doc")
	case g.Evidence == "":
		return fmt.Errorf("missing evidence")
	case !knownType(g.Type):
		return fmt.Errorf("unknown type %q", g.Type)
	}
	switch g.Factuality {
	case model.FactAsserted, model.FactNegated, model.FactHypothetical, model.FactDemanded:
	default:
		return fmt.Errorf("unknown factuality %q", g.Factuality)
	}
	if g.When != "" {
		if _, err := model.ParseValue(g.When); err != nil {
			return fmt.Errorf("when: %w", err)
		}
	}
	return nil
}

func knownType(t string) bool {
	for _, x := range model.Types {
		if x == t {
			return true
		}
	}
	return false
}
