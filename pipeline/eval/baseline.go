package eval

import (
	"unicode"
	"unicode/utf8"

	"eventtimeline/pipeline/model"
)

// baselineTriggers is the naive keyword list of the baseline, per type.
// Matching ignores ASCII case, needs word boundaries on both sides, and a
// space in a trigger matches any run of whitespace (PDF line breaks).
var baselineTriggers = [...]struct {
	typ   string
	words []string
}{
	{model.TypeCoup, []string{"coup", "coups", "putsch", "putsches"}},
	{model.TypeCeasefire, []string{"ceasefire", "ceasefires", "cease-fire", "cease-fires", "truce", "truces"}},
	{model.TypePrisonerSwap, []string{"prisoner exchange", "prisoner exchanges", "prisoner swap", "swap", "swaps", "swapped"}},
	{model.TypeWithdrawal, []string{"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "withdrawal", "withdrawals", "pull out", "pulled out", "pull-out"}},
	{model.TypePeaceAgreement, []string{"peace agreement", "peace agreements", "peace accord", "peace accords", "peace deal", "peace deals"}},
	{model.TypeTalks, []string{"talks", "negotiations", "dialogue"}},
}

// triggerIndex lists, for each lower-case ASCII first byte, the
// (type index, word) pairs of baselineTriggers starting with it.
type triggerIndex [128][]struct {
	typ  int
	word string
}

func newTriggerIndex() *triggerIndex {
	var ix triggerIndex
	for t, tr := range baselineTriggers {
		for _, w := range tr.words {
			ix[w[0]] = append(ix[w[0]], struct {
				typ  int
				word string
			}{t, w})
		}
	}
	return &ix
}

// Baseline is the naive keyword system the project is compared with: every
// sentence that contains a trigger word of a type becomes one asserted
// mention of that type, dated by the first time expression of the sentence
// (whatever it is). Its clustering is as naive: mentions of one type with the
// same date value share an EventID ("base:" + type + ":" + value); undated
// ones are events of their own. Documents must already carry Sentences and
// Timexes.
func Baseline(docs []*model.Document) []SysMention {
	ix := newTriggerIndex()
	var out []SysMention
	var first []int
	for _, doc := range docs {
		if doc == nil || len(doc.Sentences) == 0 {
			continue
		}
		first = first[:0] // sentence -> its first timex, -1 if none
		for range doc.Sentences {
			first = append(first, -1)
		}
		for k := range doc.Timexes {
			tx := &doc.Timexes[k]
			if tx.Sentence < 0 || tx.Sentence >= len(first) {
				continue
			}
			if f := first[tx.Sentence]; f < 0 || tx.Start < doc.Timexes[f].Start {
				first[tx.Sentence] = k
			}
		}
		for i, s := range doc.Sentences {
			if s.Start < 0 || s.End > len(doc.Text) || s.Start > s.End {
				continue
			}
			text := doc.Text[s.Start:s.End]
			found := ix.scan(text)
			if found == 0 {
				continue
			}
			value := ""
			if f := first[i]; f >= 0 {
				value = doc.Timexes[f].Value
			}
			for t, tr := range baselineTriggers {
				if found&(1<<t) == 0 {
					continue
				}
				id := model.MentionID(doc.ID, s.RawStart, tr.typ, 0)
				ev := id
				if value != "" {
					ev = "base:" + tr.typ + ":" + value
				}
				out = append(out, SysMention{
					ID: id, DocID: doc.ID, Type: tr.typ, Factuality: model.FactAsserted,
					Value: value, EventID: ev, Sentence: text, SpanStart: s.RawStart, SpanEnd: s.RawEnd,
				})
			}
		}
	}
	return out
}

// scan returns a bit set of the trigger types whose words occur in text as
// whole words, ignoring ASCII case, in one pass.
func (ix *triggerIndex) scan(text string) uint32 {
	var found uint32
	prevWord := false
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			prevWord = unicode.IsLetter(r) || unicode.IsDigit(r)
			i += size
			continue
		}
		w := isASCIIWord(c)
		if w && !prevWord {
			for _, tr := range ix[lower(c)] {
				if found&(1<<tr.typ) != 0 {
					continue
				}
				if end := matchAt(text, i, tr.word); end > 0 && !wordAt(text, end) {
					found |= 1 << tr.typ
				}
			}
		}
		prevWord = w
		i++
	}
	return found
}

// matchAt matches w at text[i:] and returns the end offset, or -1.
func matchAt(text string, i int, w string) int {
	for k := 0; k < len(w); k++ {
		if w[k] == ' ' {
			if i >= len(text) || !isSpace(text[i]) {
				return -1
			}
			for i < len(text) && isSpace(text[i]) {
				i++
			}
			continue
		}
		if i >= len(text) || lower(text[i]) != w[k] {
			return -1
		}
		i++
	}
	return i
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// wordAt reports whether a letter or digit starts at text[i] (so "coupé"
// is not "coup", but a curly quote or dash is a boundary).
func wordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return isASCIIWord(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordBefore reports whether a letter or digit ends just before text[i].
func wordBefore(text string, i int) bool {
	if c := text[i-1]; c < utf8.RuneSelf {
		return isASCIIWord(c)
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }
