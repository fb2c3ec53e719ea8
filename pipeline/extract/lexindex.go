package extract

// A word set is tested on every token of every analysed sentence, often
// several times. Rather than hashing the token's string into a map for each
// test, the tokenizer looks every token up once in a lexicon that holds all
// the word sets, head classes and marker classes, and keeps the result on
// the token: a set test is then a bit test.

// wordSet is a set of lower-case words. Each set has a bit of its own in
// the lexicon; sets are made by set() while the package initialises.
type wordSet struct {
	bit   uint8
	words map[string]bool
}

// has reports whether w is in the set (a map lookup: for words that are
// not tokens of the sentence; tokens use sent.in or tok.in).
func (ws *wordSet) has(w string) bool { return ws.words[w] }

// allSets lists every word set in the order set() made them. It is only
// appended to during package initialisation.
var allSets []*wordSet

// maxSets is the number of set bits a token can carry.
const maxSets = 192

// set makes a word set and gives it the next lexicon bit.
func set(words ...string) *wordSet {
	if len(allSets) >= maxSets {
		panic("extract: too many word sets for the lexicon bitmask: raise maxSets (a multiple of 64)")
	}
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	ws := &wordSet{bit: uint8(len(allSets)), words: m}
	allSets = append(allSets, ws)
	return ws
}

// setBits is the set membership of one word: bit k is set when the word is
// in the set whose bit is k.
type setBits [maxSets / 64]uint64

func (b *setBits) add(bit uint8) { b[bit>>6] |= 1 << (bit & 63) }

func (b *setBits) has(bit uint8) bool { return b[bit>>6]&(1<<(bit&63)) != 0 }

// lexEntry is what the lexicon knows of one word.
type lexEntry struct {
	word   string
	hash   uint32
	bits   setBits
	head   uint8 // head class, hNone when the word starts no trigger
	marker uint8 // factuality marker class, mNone when none
}

// lexicon is an open-addressing hash table of lexEntry. It is read-only
// after newLexicon.
type lexicon struct {
	slots   []lexSlot
	shift   uint32 // 32 - log2(len(slots))
	entries []lexEntry
}

// lexSlot is one slot of the table: the word's hash, and its index+1 in
// entries (0 for an empty slot). Most tokens are in no set; their lookup
// reads one slot and compares hashes without touching the entries.
type lexSlot struct {
	hash uint32
	idx  int32
}

// lexHash mixes the length, the first, middle and last bytes of w: cheap,
// and distinct enough for a table of a few thousand words (equal hashes are
// resolved by comparing the words).
func lexHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	h ^= uint32(w[(n-1)/3]) << 4
	return h * 0x9E3779B1
}

// newLexicon indexes every word set, the head table and the marker table.
func newLexicon(heads, markers map[string]uint8) *lexicon {
	byWord := map[string]*lexEntry{}
	var order []string
	get := func(w string) *lexEntry {
		e, ok := byWord[w]
		if !ok {
			e = &lexEntry{word: w, hash: lexHash(w)}
			byWord[w] = e
			order = append(order, w)
		}
		return e
	}
	for _, ws := range allSets {
		for w := range ws.words {
			get(w).bits.add(ws.bit)
		}
	}
	for w, h := range heads {
		get(w).head = h
	}
	for w, m := range markers {
		get(w).marker = m
	}
	bits := uint32(4)
	for 1<<bits < 4*len(order) {
		bits++
	}
	size := 1 << bits
	lx := &lexicon{slots: make([]lexSlot, size), shift: 32 - bits, entries: make([]lexEntry, 0, len(order))}
	mask := uint32(size - 1)
	for _, w := range order {
		e := byWord[w]
		lx.entries = append(lx.entries, *e)
		i := e.hash >> lx.shift
		for lx.slots[i].idx != 0 {
			i = (i + 1) & mask
		}
		lx.slots[i] = lexSlot{hash: e.hash, idx: int32(len(lx.entries))}
	}
	return lx
}

// lookup returns the entry of w, or nil when w is in no set or table.
func (lx *lexicon) lookup(w string) *lexEntry {
	h := lexHash(w)
	mask := uint32(len(lx.slots) - 1)
	for i := h >> lx.shift; ; i = (i + 1) & mask {
		sl := lx.slots[i]
		if sl.idx == 0 {
			return nil
		}
		if sl.hash == h {
			if e := &lx.entries[sl.idx-1]; e.word == w {
				return e
			}
		}
	}
}

// in reports whether token i is in set ws; false out of range.
func (s *sent) in(i int, ws *wordSet) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	return s.toks[i].bits.has(ws.bit)
}

// in reports whether the token's word is in set ws.
func (t *tok) in(ws *wordSet) bool { return t.bits.has(ws.bit) }

// marker returns the factuality marker class of token i, mNone out of range.
func (s *sent) marker(i int) uint8 {
	if i < 0 || i >= len(s.toks) {
		return mNone
	}
	return s.toks[i].marker
}
