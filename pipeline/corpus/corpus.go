// Package corpus writes deterministic synthetic corpora for scale tests. It
// recombines the paragraphs of real seed documents and varies them: years
// shifted, the country, its capital and its demonym swapped for another
// country's, actor names swapped, so that the pipeline meets realistic prose
// with realistic event density at any size, without downloads.
package corpus

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"eventtimeline/pipeline/manifest"
	"eventtimeline/pipeline/model"
)

// Options controls a generated corpus.
type Options struct {
	Seeds  string // directory of seed documents (manifest.csv + .txt)
	Out    string // directory to write; created, must be empty or absent
	Bytes  int64  // stop after about this many bytes of text (0 = use Docs)
	Docs   int    // or after this many documents
	Seed   int64  // PRNG seed; the same options give the same bytes
	MinDoc int    // smallest document in bytes (default 2,000)
	MaxDoc int    // largest document in bytes (default 12,000)
}

// Stats describes what Generate wrote.
type Stats struct {
	Docs  int
	Bytes int64
}

type country struct{ name, capital, demonym, region string }

// The countries seed texts are re-set in. The first is the seeds' own.
var countries = []country{
	{"Mali", "Bamako", "Malian", "Mopti"},
	{"Niger", "Niamey", "Nigerien", "Tillabéri"},
	{"Burkina Faso", "Ouagadougou", "Burkinabè", "Djibo"},
	{"Sudan", "Khartoum", "Sudanese", "Darfur"},
	{"Chad", "N'Djamena", "Chadian", "Lac"},
	{"Somalia", "Mogadishu", "Somali", "Jubaland"},
	{"Yemen", "Sanaa", "Yemeni", "Marib"},
	{"Myanmar", "Naypyidaw", "Myanmar", "Rakhine"},
	{"Colombia", "Bogotá", "Colombian", "Cauca"},
	{"Mozambique", "Maputo", "Mozambican", "Cabo Delgado"},
	{"Ethiopia", "Addis Ababa", "Ethiopian", "Tigray"},
	{"Libya", "Tripoli", "Libyan", "Fezzan"},
}

var actorSwaps = [][2]string{
	{"JNIM", "the Front"}, {"Katiba Macina", "the Northern Brigade"}, {"Koufa", "Haddad"},
	{"Ag Ghali", "al-Masri"}, {"MINUSMA", "the UN mission"}, {"Barkhane", "Operation Sentinel"},
}

// paragraphs splits text at blank lines, keeping non-empty paragraphs.
func paragraphs(text string) []string {
	var ps []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(p) != "" {
			ps = append(ps, strings.TrimSpace(p))
		}
	}
	return ps
}

// variant is one way of re-setting a text: a country and a year shift.
type variant struct {
	r     *strings.Replacer
	shift int
	c     country
}

func newVariant(c country, shift int, swapActors bool) variant {
	base := countries[0]
	var pairs []string
	if c != base {
		pairs = append(pairs, base.demonym, c.demonym, base.capital, c.capital, base.region, c.region, base.name, c.name)
	}
	if swapActors {
		for _, a := range actorSwaps {
			pairs = append(pairs, a[0], a[1])
		}
	}
	if shift != 0 {
		for y := 1990; y <= 2030; y++ {
			pairs = append(pairs, strconv.Itoa(y), strconv.Itoa(y+shift))
		}
	}
	if len(pairs) == 0 {
		pairs = []string{"\x00", "\x00"}
	}
	return variant{r: strings.NewReplacer(pairs...), shift: shift, c: c}
}

// Generate writes the corpus and its manifest.csv.
func Generate(o Options) (Stats, error) {
	if o.MinDoc <= 0 {
		o.MinDoc = 2000
	}
	if o.MaxDoc < o.MinDoc {
		o.MaxDoc = 12000
	}
	if o.Bytes <= 0 && o.Docs <= 0 {
		return Stats{}, fmt.Errorf("corpus: give a size in bytes or a number of documents")
	}
	entries, err := manifest.Load(o.Seeds)
	if err != nil {
		return Stats{}, fmt.Errorf("corpus: seeds: %w", err)
	}
	type seedDoc struct {
		id    string
		pub   string
		paras []string
	}
	var seeds []seedDoc
	for _, e := range entries {
		if e.Err != nil || !strings.HasSuffix(strings.ToLower(e.File), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(o.Seeds, e.File))
		if err != nil {
			return Stats{}, fmt.Errorf("corpus: seed %s: %w", e.ID, err)
		}
		seeds = append(seeds, seedDoc{e.ID, e.Published.Value, paragraphs(string(b))})
	}
	if len(seeds) == 0 {
		return Stats{}, fmt.Errorf("corpus: no seed documents in %s", o.Seeds)
	}
	sort.Slice(seeds, func(i, j int) bool { return seeds[i].id < seeds[j].id })
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return Stats{}, fmt.Errorf("corpus: %w", err)
	}
	var variants []variant
	for ci, c := range countries {
		for _, shift := range []int{0, -3, 2, 5} {
			variants = append(variants, newVariant(c, shift, ci%2 == 1))
		}
	}
	mf, err := os.Create(filepath.Join(o.Out, "manifest.csv"))
	if err != nil {
		return Stats{}, fmt.Errorf("corpus: %w", err)
	}
	defer mf.Close()
	bw := bufio.NewWriter(mf)
	mw := csv.NewWriter(bw)
	_ = mw.Write([]string{"id", "file", "title", "publisher", "author", "published", "published_basis"})
	rng := rand.New(rand.NewSource(o.Seed))
	var st Stats
	var sb strings.Builder
	for i := 0; ; i++ {
		if (o.Bytes > 0 && st.Bytes >= o.Bytes) || (o.Bytes <= 0 && st.Docs >= o.Docs) {
			break
		}
		sd := seeds[rng.Intn(len(seeds))]
		v := variants[rng.Intn(len(variants))]
		want := o.MinDoc + rng.Intn(o.MaxDoc-o.MinDoc+1)
		p := rng.Intn(len(sd.paras))
		sb.Reset()
		for sb.Len() < want {
			sb.WriteString(sd.paras[p])
			sb.WriteString("\n\n")
			p = (p + 1) % len(sd.paras)
		}
		text := v.r.Replace(sb.String())
		id := fmt.Sprintf("gen_%07d", i)
		name := id + ".txt"
		if err := os.WriteFile(filepath.Join(o.Out, name), []byte(text), 0o644); err != nil {
			return st, fmt.Errorf("corpus: %w", err)
		}
		pub := shiftValue(sd.pub, v.shift)
		_ = mw.Write([]string{id, name, fmt.Sprintf("Synthetic report %d (%s, from %s)", i, v.c.name, sd.id), "synthetic", "", pub, "seed publication date shifted with the text"})
		st.Docs++
		st.Bytes += int64(len(text))
	}
	mw.Flush()
	if err := mw.Error(); err != nil {
		return st, fmt.Errorf("corpus: manifest: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("corpus: manifest: %w", err)
	}
	return st, mf.Close()
}

// shiftValue moves the year of a TIMEX value ("2021-12-10", "2024-06").
func shiftValue(v string, shift int) string {
	if len(v) < 4 || shift == 0 {
		return v
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return v
	}
	out := strconv.Itoa(y+shift) + v[4:]
	if _, err := model.ParseValue(out); err != nil { // 29 February in a common year
		return out[:7]
	}
	return out
}
