package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"eventtimeline/pipeline/model"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadGold(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.jsonl": `{"doc": "b", "type": "coup", "subtype": null, "factuality": "asserted", "when": null, "qualifier": null, "evidence": "the putsch", "actors": [], "place": "Niger", "event": "niger-coup"}` + "\n",
		"a.jsonl": `{"doc": "a", "type": "ceasefire", "subtype": "agreed", "factuality": "asserted", "when": "2022-04", "qualifier": "early", "evidence": "a truce\nwas agreed", "actors": ["Houthis", "Saudi Arabia"], "place": "Yemen", "event": "yemen-truce-2022-04", "note": "PDF line break"}` +
			"\n\n" + `{"doc": "a", "type": "talks", "subtype": null, "factuality": "demanded", "when": null, "qualifier": null, "evidence": "talks should start", "actors": [], "place": null, "event": "x"}` + "\n",
		"ignored.txt": "not gold",
	})
	rows, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []GoldRow{
		{Doc: "a", Type: "ceasefire", Subtype: "agreed", Factuality: "asserted", When: "2022-04", Qualifier: "early",
			Evidence: "a truce\nwas agreed", Place: "Yemen", Event: "yemen-truce-2022-04", Note: "PDF line break",
			Actors: []string{"Houthis", "Saudi Arabia"}, Line: 1, File: filepath.Join(dir, "a.jsonl")},
		{Doc: "a", Type: "talks", Factuality: "demanded", Evidence: "talks should start", Event: "x",
			Actors: []string{}, Line: 3, File: filepath.Join(dir, "a.jsonl")},
		{Doc: "b", Type: "coup", Factuality: "asserted", Evidence: "the putsch", Place: "Niger", Event: "niger-coup",
			Actors: []string{}, Line: 1, File: filepath.Join(dir, "b.jsonl")},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("LoadGold =\n%+v\nwant\n%+v", rows, want)
	}
	if !rows[0].Positive() || rows[1].Positive() || !rows[2].DontCare() || rows[0].DontCare() {
		t.Errorf("Positive/DontCare wrong")
	}
}

func TestLoadGoldErrors(t *testing.T) {
	good := `{"doc": "a", "type": "coup", "factuality": "asserted", "when": "2021", "evidence": "coup"}`
	tests := []struct {
		name, line, want string
	}{
		{"bad json", `{"doc": "a", "type": "coup",`, "x.jsonl:2"},
		{"unknown type", `{"doc": "a", "type": "riot", "factuality": "asserted", "evidence": "riot"}`, "x.jsonl:2: unknown type"},
		{"unknown factuality", `{"doc": "a", "type": "coup", "factuality": "rumoured", "evidence": "coup"}`, "unknown factuality"},
		{"missing evidence", `{"doc": "a", "type": "coup", "factuality": "asserted"}`, "missing evidence"},
		{"missing doc", `{"type": "coup", "factuality": "asserted", "evidence": "coup"}`, "missing doc"},
		{"bad when", `{"doc": "a", "type": "coup", "factuality": "asserted", "when": "2021-13", "evidence": "coup"}`, "x.jsonl:2: when"},
	}
	for _, tc := range tests {
		dir := writeFiles(t, map[string]string{"x.jsonl": good + "\n" + tc.line + "\n"})
		_, err := LoadGold(dir)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	if _, err := LoadGold(filepath.Join(t.TempDir(), "none")); err == nil {
		t.Errorf("missing dir: no error")
	}
}

// loadSeeds reads the real gold and the raw seed documents it refers to.
func loadSeeds(t testing.TB) ([]GoldRow, map[string][]byte) {
	t.Helper()
	gold, err := LoadGold("../../gold")
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) == 0 {
		t.Fatal("no gold rows in ../../gold")
	}
	raw := map[string][]byte{}
	for _, g := range gold {
		if _, ok := raw[g.Doc]; ok {
			continue
		}
		b, err := os.ReadFile(filepath.Join("../../seeds", g.Doc+".txt"))
		if err != nil {
			t.Fatalf("gold %s: %v", g.Where(), err)
		}
		raw[g.Doc] = b
	}
	return gold, raw
}

// TestRealGoldEvidence checks that every evidence string of the real gold is
// an exact substring of its seed document.
func TestRealGoldEvidence(t *testing.T) {
	gold, raw := loadSeeds(t)
	spans, notes, err := locate(gold, raw)
	if err != nil {
		t.Fatal(err)
	}
	for i, sp := range spans {
		if got := string(raw[gold[i].Doc][sp.start:sp.end]); got != gold[i].Evidence {
			t.Errorf("%s: span holds %q", gold[i].Where(), got)
		}
	}
	for _, n := range notes {
		t.Log(n)
	}
}

// TestRealGoldPerfectSystem scores a system that emits exactly the gold
// (asserted rows as asserted mentions on their evidence spans, dated with
// the gold value, clustered by slug): every figure must be perfect. Adding a
// mention on every trap row must then give one trap hit per trap span.
func TestRealGoldPerfectSystem(t *testing.T) {
	gold, raw := loadSeeds(t)
	spans, _, err := locate(gold, raw)
	if err != nil {
		t.Fatal(err)
	}
	var sys []SysMention
	positives := 0
	for i, g := range gold {
		if g.Factuality != model.FactAsserted {
			continue
		}
		if g.Positive() {
			positives++
		}
		sys = append(sys, SysMention{ID: g.Where(), DocID: g.Doc, Type: g.Type, Factuality: model.FactAsserted,
			Value: g.When, EventID: "ev:" + g.Event, Sentence: g.Evidence, SpanStart: spans[i].start, SpanEnd: spans[i].end})
	}
	rep, err := Score(gold, sys, raw)
	if err != nil {
		t.Fatal(err)
	}
	o := rep.Overall
	if o.TP != positives || o.FP != 0 || o.FN != 0 || o.DateRight != positives || o.F1 != 1 || o.StrictF1 != 1 {
		t.Errorf("perfect system: %+v (positives %d)", o, positives)
	}
	if c := rep.Clustering; c.Precision != 1 || c.Recall != 1 || c.GoldPairs == 0 {
		t.Errorf("perfect clustering: %+v", c)
	}
	if unmet := rep.MeetsTargets(); len(unmet) != 0 {
		t.Errorf("perfect system misses targets: %v", unmet)
	}

	type trapKey struct {
		doc, typ string
		sp       span
	}
	traps := map[trapKey]bool{}
	for i, g := range gold {
		if g.Factuality == model.FactAsserted {
			continue
		}
		sp := spans[i]
		key := trapKey{g.Doc, g.Type, sp}
		if traps[key] {
			continue
		}
		traps[key] = true
		sys = append(sys, SysMention{ID: "trap:" + g.Where(), DocID: g.Doc, Type: g.Type, Factuality: model.FactAsserted,
			Sentence: g.Evidence, SpanStart: sp.start, SpanEnd: sp.end})
	}
	rep, err = Score(gold, sys, raw)
	if err != nil {
		t.Fatal(err)
	}
	// A trap span may overlap an asserted row left free; then it is a match,
	// not a trap hit. Every extra mention is one or the other.
	if rep.Overall.TrapHits == 0 || rep.Overall.TrapHits+rep.Overall.DontCare > len(traps)+o.DontCare {
		t.Errorf("trap hits %d (dont care %d) for %d trap spans", rep.Overall.TrapHits, rep.Overall.DontCare, len(traps))
	}
	if rep.Overall.TP != positives {
		t.Errorf("trap mentions changed TP to %d", rep.Overall.TP)
	}
}
