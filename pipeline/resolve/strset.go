package resolve

import "sort"

// smallSet is the size up to which strset searches a slice instead of a map.
const smallSet = 16

// strset is a set of strings that stays a slice while small.
type strset struct {
	list []string
	m    map[string]struct{}
}

func (s *strset) has(v string) bool {
	if s.m != nil {
		_, ok := s.m[v]
		return ok
	}
	for _, x := range s.list {
		if x == v {
			return true
		}
	}
	return false
}

func (s *strset) add(v string) {
	if s.has(v) {
		return
	}
	if s.m == nil && len(s.list) >= smallSet {
		s.m = make(map[string]struct{}, 2*smallSet)
		for _, x := range s.list {
			s.m[x] = struct{}{}
		}
		s.list = nil
	}
	if s.m != nil {
		s.m[v] = struct{}{}
		return
	}
	s.list = append(s.list, v)
}

func (s *strset) len() int {
	if s.m != nil {
		return len(s.m)
	}
	return len(s.list)
}

// counter counts non-empty strings in the order they are first seen.
type counter struct {
	names []string
	n     []int
	index map[string]int // built once names outgrows smallSet
}

func (c *counter) add(v string) {
	if v == "" {
		return
	}
	if c.index != nil {
		if i, ok := c.index[v]; ok {
			c.n[i]++
			return
		}
	} else {
		for i, x := range c.names {
			if x == v {
				c.n[i]++
				return
			}
		}
	}
	c.names = append(c.names, v)
	c.n = append(c.n, 1)
	if c.index != nil {
		c.index[v] = len(c.names) - 1
	} else if len(c.names) > smallSet {
		c.index = make(map[string]int, 2*len(c.names))
		for i, x := range c.names {
			c.index[x] = i
		}
	}
}

// top returns the most frequent string (ties: the smallest), or "".
func (c *counter) top() string {
	best := -1
	for i := range c.names {
		if best < 0 || c.n[i] > c.n[best] || (c.n[i] == c.n[best] && c.names[i] < c.names[best]) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return c.names[best]
}

// ranked returns the strings by frequency, then name; nil when empty.
func (c *counter) ranked() []string {
	if len(c.names) == 0 {
		return nil
	}
	idx := make([]int, len(c.names))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		i, j := idx[a], idx[b]
		if c.n[i] != c.n[j] {
			return c.n[i] > c.n[j]
		}
		return c.names[i] < c.names[j]
	})
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = c.names[i]
	}
	return out
}
