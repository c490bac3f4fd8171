"""Dict and str workload: generate a deterministic text, split it into words, count them in a
dict, build keys with string methods and formatting, and join the top entries."""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qu", "fa"]


def make_text(words):
    out = []
    seed = 12345
    for _ in range(words):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + seed % 3
        w = ""
        for k in range(length):
            w += SYLLABLES[(seed >> (4 * k + 3)) % len(SYLLABLES)]
        out.append(w.capitalize() if seed % 7 == 0 else w)
    return " ".join(out)


def count(text):
    counts = {}
    for word in text.split():
        key = word.lower()
        counts[key] = counts.get(key, 0) + 1
    return counts


def report(counts):
    lengths = {}
    for word, c in counts.items():
        bucket = "len%02d" % len(word)
        lengths[bucket] = lengths.get(bucket, 0) + c
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    lines = ["%s=%d" % (w, c) for w, c in top]
    lines += ["{}:{}".format(k, lengths[k]) for k in sorted(lengths)]
    return ";".join(lines)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
text = make_text(n)
counts = count(text)
print(len(counts))
print(report(counts))
