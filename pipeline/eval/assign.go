package eval

// gain is a lexicographically ordered weight: the first component matters
// most. Vectors add component-wise, which keeps lexicographic order an
// ordered group, so the Hungarian algorithm works on them unchanged.
type gain [4]int64

func (a gain) add(b gain) gain {
	return gain{a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]}
}

func (a gain) sub(b gain) gain {
	return gain{a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3]}
}

func (a gain) less(b gain) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// infinite is larger than any sum of real gains.
var infinite = gain{1 << 60}

// maxAssign returns a maximum-weight matching of a bipartite graph given as
// a rows x cols matrix of gains, where a zero gain means "no edge" and every
// edge has a positive gain. match[i] is the column of row i, or -1. Ties are
// broken deterministically by the order of rows and columns.
func maxAssign(w [][]gain, cols int) []int {
	rows := len(w)
	n := rows
	if cols > n {
		n = cols
	}
	// Hungarian algorithm (potentials, O(n^3)) minimising cost = -gain on
	// the n x n matrix padded with zero-gain cells. 1-based indexes.
	cost := func(i, j int) gain {
		if i <= rows && j <= cols {
			var z gain
			return z.sub(w[i-1][j-1])
		}
		return gain{}
	}
	u := make([]gain, n+1)
	v := make([]gain, n+1)
	p := make([]int, n+1)
	way := make([]int, n+1)
	minv := make([]gain, n+1)
	used := make([]bool, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = infinite
			used[j] = false
		}
		for {
			used[j0] = true
			i0, j1 := p[j0], 0
			delta := infinite
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				cur := cost(i0, j).sub(u[i0]).sub(v[j])
				if cur.less(minv[j]) {
					minv[j], way[j] = cur, j0
				}
				if minv[j].less(delta) {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] = u[p[j]].add(delta)
					v[j] = v[j].sub(delta)
				} else {
					minv[j] = minv[j].sub(delta)
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	match := make([]int, rows)
	for i := range match {
		match[i] = -1
	}
	var zero gain
	for j := 1; j <= n; j++ {
		if i := p[j]; i >= 1 && i <= rows && j <= cols && zero.less(w[i-1][j-1]) {
			match[i-1] = j - 1
		}
	}
	return match
}
