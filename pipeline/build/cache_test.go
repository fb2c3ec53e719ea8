package build

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
)

func TestCacheRoundTripAndDamage(t *testing.T) {
	c, err := NewCache(t.TempDir(), "v1")
	if err != nil {
		t.Fatal(err)
	}
	e := manifest.Entry{ID: "a", File: "a.txt"}
	doc := &model.Document{ID: "a", SHA256: "abc", Format: "text", Encoding: "utf-8", PublishedSource: "dateline",
		Published: model.DayValue(2020, 5, 1), Sentences: make([]model.Sentence, 7),
		Mentions: []model.Mention{{ID: "a:1:coup:0", DocID: "a", Type: model.TypeCoup, Factuality: model.FactAsserted, Text: "A coup."}}}
	if err := c.Put(e, doc); err != nil {
		t.Fatal(err)
	}
	got := &model.Document{ID: "a", SHA256: "abc"}
	if !c.Get(e, got) {
		t.Fatal("entry just written is not found")
	}
	if got.NumSentences != 7 || len(got.Mentions) != 1 || got.Mentions[0].Text != "A coup." ||
		got.Published != doc.Published || got.PublishedSource != "dateline" || got.Status != model.StatusOK {
		t.Errorf("cache returned %+v", got)
	}
	// Another content hash, another extractor version, other metadata: misses.
	if c.Get(e, &model.Document{SHA256: "abd"}) {
		t.Error("hit for another content hash")
	}
	if c2, _ := NewCache(c.dir, "v2"); c2.Get(e, &model.Document{SHA256: "abc"}) {
		t.Error("hit for another extractor version")
	}
	if c.Get(manifest.Entry{ID: "a", File: "a.txt", Title: "new title"}, &model.Document{SHA256: "abc"}) {
		t.Error("hit after the manifest metadata changed")
	}
	// A truncated entry is a miss, not a crash or a half-filled document.
	p := c.path(c.key(e, "abc"))
	b, _ := os.ReadFile(p)
	if err := os.WriteFile(p, b[:len(b)-5], 0o644); err != nil {
		t.Fatal(err)
	}
	if c.Get(e, &model.Document{SHA256: "abc"}) {
		t.Error("hit on a truncated cache entry")
	}
}

func TestBuildSurvivesDamagedCache(t *testing.T) {
	tmp := t.TempDir()
	cache := filepath.Join(tmp, "cache")
	a := filepath.Join(tmp, "a")
	buildInto(t, seedDir, a, func(c *Config) { c.CacheDir = cache })
	// Damage every entry.
	filepath.Walk(cache, func(p string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			os.WriteFile(p, []byte("garbage"), 0o644)
		}
		return nil
	})
	b := filepath.Join(tmp, "b")
	res := buildInto(t, seedDir, b, func(c *Config) { c.CacheDir = cache })
	if res.Reused != 0 {
		t.Errorf("reused %d damaged entries", res.Reused)
	}
	fa, fb := fileBytes(t, a), fileBytes(t, b)
	for f := range fa {
		if string(fa[f]) != string(fb[f]) {
			t.Errorf("%s differs after rebuilding over a damaged cache", f)
		}
	}
}

// TestCacheEncodedMentions checks that the encoded mentions a hit hands to
// the spill are exactly what encoding the decoded mentions gives, for
// entries larger than the decoder's buffer too.
func TestCacheEncodedMentions(t *testing.T) {
	c, err := NewCache(t.TempDir(), "v1")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 3, 2000} {
		e := manifest.Entry{ID: fmt.Sprint("d", n), File: fmt.Sprint("d", n, ".txt")}
		doc := &model.Document{ID: e.ID, SHA256: "abc", Format: "text", Encoding: "utf-8", Sentences: make([]model.Sentence, 2)}
		for i := range n {
			doc.Mentions = append(doc.Mentions, model.Mention{ID: fmt.Sprintf("%s:%d:talks:0", e.ID, i), DocID: e.ID,
				Type: model.TypeTalks, Factuality: model.FactAsserted, SpanStart: i * 100, SpanEnd: i*100 + 80,
				Actors: []string{"the government", "rebels"}, Text: strings.Repeat("Talks resumed in the capital. ", 1+i%5)})
		}
		if err := c.Put(e, doc); err != nil {
			t.Fatal(err)
		}
		got := &model.Document{ID: e.ID, SHA256: "abc"}
		enc, ok := c.get(e, got)
		if !ok {
			t.Fatalf("%d mentions: entry just written is not found", n)
		}
		var want []byte
		for i := range got.Mentions {
			want = appendMention(want, &got.Mentions[i])
		}
		if len(got.Mentions) != n || !bytes.Equal(enc, want) {
			t.Errorf("%d mentions: got %d mentions, %d encoded bytes, want %d bytes", n, len(got.Mentions), len(enc), len(want))
		}
	}
}

// TestDecodeHit checks that a cache hit yields the same slim mentions as
// the extraction does (asserted ones only, without sentence and trigger),
// the document's metadata, and nothing at all from a damaged entry.
func TestDecodeHit(t *testing.T) {
	doc := &model.Document{ID: "d", Format: "html", Encoding: "windows-1252", Reason: "", PublishedSource: "dateline",
		Published: model.DayValue(2021, 3, 4), Sentences: make([]model.Sentence, 9)}
	for i := range 40 {
		f := model.FactAsserted
		if i%3 == 1 {
			f = model.FactNegated
		}
		doc.Mentions = append(doc.Mentions, model.Mention{ID: fmt.Sprintf("d:%d:coup:0", i), DocID: "d", Sentence: i, Type: model.TypeCoup,
			Subtype: "attempt", Factuality: f, Trigger: "coup", TriggerStart: i, TriggerEnd: i + 4,
			Time:   model.Timex{Sentence: i, Text: "on Sunday", Anchor: model.DayValue(2021, 2, 28), Qualifier: "late", Relative: i%2 == 0},
			Actors: []string{"the army", fmt.Sprint("unit ", i%4)}, Place: "Niamey", Country: "NER", SpanStart: i * 10, SpanEnd: i*10 + 9,
			Text: "The army staged a coup on Sunday."})
	}
	entry := encodeEntry(nil, doc)
	var want []model.Mention
	for _, m := range doc.Mentions {
		if m.Factuality == model.FactAsserted {
			m.Text, m.Trigger = "", ""
			want = append(want, m)
		}
	}
	var in interner
	got := &model.Document{ID: "d"}
	slim, ok := decodeHit(entry, got, []model.Mention{{ID: "earlier"}}, &in)
	if !ok {
		t.Fatal("entry does not decode")
	}
	if !reflect.DeepEqual(slim[1:], want) || slim[0].ID != "earlier" {
		t.Errorf("slim mentions differ from the extraction's:\n got %+v\nwant %+v", slim[1:3], want[:2])
	}
	if got.Format != "html" || got.Encoding != "windows-1252" || got.Published != doc.Published || got.NumSentences != 9 ||
		got.NumMentions != 40 || got.Status != model.StatusOK {
		t.Errorf("document from the entry: %+v", got)
	}
	// Strings that repeat are shared.
	if unsafe.StringData(slim[1].Actors[0]) != unsafe.StringData(slim[2].Actors[0]) {
		t.Error("repeated actor not interned")
	}
	for cut := 1; cut < len(entry); cut += 13 {
		d := &model.Document{ID: "d"}
		s, ok := decodeHit(entry[:cut], d, nil, &in)
		if ok || len(s) != 0 || d.Status != "" {
			t.Fatalf("entry cut at %d of %d: ok %v, %d mentions, status %q", cut, len(entry), ok, len(s), d.Status)
		}
	}
}
