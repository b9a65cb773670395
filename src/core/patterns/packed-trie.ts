// A phrase matcher's trie as its nodes, and those nodes packed into one string for the compiled
// lexicons (compiled-snapshot.ts): a revived matcher makes its trie's arrays from the string when
// it is first run, with no object per node or per sequence, instead of filing its sequences and
// building the trie from them (a map per node) at every start.
// Nodes are numbered as the trie adds them, sequence by sequence, so that the packed form gives
// the very arrays building from the sequences gives. Each sequence is packed as the node it
// leaves the trie built so far from, how many new nodes it adds, and their slots (by number in
// the snapshot's slot table): a sequence that shares its start with an earlier one stores only
// what differs.

/**
 * Node i > 0 hangs from parent[i] (< i) by the slot numbered label[i]; sequence k ends at node
 * endNode[k]. Children of a node are in the order added (ascending node number).
 */
export interface TrieNodes {
  parent: Int32Array;
  label: Int32Array;
  endNode: Int32Array;
}

/** The nodes of the trie of `sequences` (each a list of slot numbers; equal numbers, equal slots). */
export function nodesOf(sequences: readonly (readonly number[])[]): TrieNodes {
  const children: Map<number, number>[] = [new Map()];
  const parent = [0];
  const label = [-1];
  const endNode = new Int32Array(sequences.length);
  sequences.forEach((seq, k) => {
    let node = 0;
    for (const id of seq) {
      let to = children[node]!.get(id);
      if (to === undefined) {
        to = parent.length;
        children[node]!.set(id, to);
        children.push(new Map());
        parent.push(node);
        label.push(id);
      }
      node = to;
    }
    endNode[k] = node;
  });
  return { parent: Int32Array.from(parent), label: Int32Array.from(label), endNode };
}

// Numbers are written in base 32, low digits first, one character a digit: the characters of
// DIGITS[0..31] end a number, those of DIGITS[32..63] have more digits after them. None of them
// needs escaping in JSON or in a quoted JavaScript string.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const MORE = 32;
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE_OF[DIGITS.charCodeAt(i)] = i;

function writeNumber(out: string[], n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new Error(`packed trie: ${n} is not a count or an index`);
  while (n >= MORE) {
    out.push(DIGITS[MORE + (n % MORE)]!);
    n = Math.floor(n / MORE);
  }
  out.push(DIGITS[n]!);
}

/** The packed form: node count, sequence count, then per sequence its branch node, its new node count and their slots. */
export function packTrie(sequences: readonly (readonly number[])[]): string {
  const nodes = nodesOf(sequences);
  const out: string[] = [];
  writeNumber(out, nodes.parent.length);
  writeNumber(out, sequences.length);
  let made = 1;
  sequences.forEach((_, k) => {
    // The new nodes of sequence k are made..end, a chain from the node before them.
    const end = nodes.endNode[k]!;
    const fresh = end >= made ? end - made + 1 : 0;
    const branch = fresh > 0 ? nodes.parent[made]! : end;
    writeNumber(out, branch);
    writeNumber(out, fresh);
    for (let i = made; i <= end && fresh > 0; i++) writeNumber(out, nodes.label[i]!);
    made += fresh;
  });
  return out.join('');
}

/** The nodes back from packTrie's form. Read inline, one character at a time: a matcher's trie is
 * unpacked on its first run, in a short process, by code that is not optimized yet. */
export function unpackTrie(text: string): TrieNodes {
  const numbers = new Int32Array(text.length);
  let count = 0;
  let n = 0;
  let scale = 1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const v = code < 128 ? VALUE_OF[code]! : -1;
    if (v < 0) throw new Error(`packed trie: unexpected character ${code} at ${at}`);
    if (v < MORE) {
      numbers[count++] = n + v * scale;
      n = 0;
      scale = 1;
    } else {
      n += (v - MORE) * scale;
      scale *= MORE;
    }
  }
  if (scale !== 1 || count < 2) throw new Error('packed trie: unexpected end');
  const nodeCount = numbers[0]!;
  const parent = new Int32Array(nodeCount);
  const label = new Int32Array(nodeCount).fill(-1);
  const endNode = new Int32Array(numbers[1]!);
  let i = 2;
  let made = 1;
  for (let k = 0; k < endNode.length; k++) {
    if (i + 2 > count) throw new Error('packed trie: unexpected end');
    let node = numbers[i++]!;
    const fresh = numbers[i++]!;
    if (i + fresh > count) throw new Error('packed trie: unexpected end');
    if (made + fresh > nodeCount) throw new Error('packed trie: more nodes than it says');
    for (let j = 0; j < fresh; j++) {
      parent[made] = node;
      label[made] = numbers[i++]!;
      node = made++;
    }
    endNode[k] = node;
  }
  if (made !== nodeCount || i !== count) throw new Error('packed trie: its length does not match its counts');
  return { parent, label, endNode };
}
