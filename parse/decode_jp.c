/*
 * decode_jp.c — the WHATWG Shift_JIS, EUC-JP and ISO-2022-JP decoders,
 * state machines transcribed from the Encoding Standard.
 *
 * Error rule shared by all three: each error is exactly one U+FFFD; a byte
 * that fails to complete a lead is consumed with it when it is >= 0x80 and
 * decoded again when it is ASCII; a lead at the end of input is an error.
 */
#include "parse/decode_int.h"

static int
is_ascii(unsigned b)
{
	return b < 0x80;
}

void
dec_shift_jis(const unsigned char *in, size_t len, struct dec_out *o)
{
	size_t i = 0;

	while (i < len) {
		unsigned b = in[i++];

		if (b <= 0x80) {
			dec_put(o, b);
		} else if (b >= 0xA1 && b <= 0xDF) {
			dec_put(o, 0xFF61 - 0xA1 + b);
		} else if ((b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)) {
			unsigned t;
			unsigned cp = 0;
			if (i == len) {
				dec_error(o);
				break;
			}
			t = in[i++];
			if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC)) {
				unsigned p = (b - (b < 0xA0 ? 0x81 : 0xC1)) * 188 + t -
				             (t < 0x7F ? 0x40 : 0x41);
				cp = (p >= 8836 && p <= 10715) ? 0xE000 - 8836 + p
				                               : dec_index_jis0208(p);
			}
			if (cp) {
				dec_put(o, cp);
			} else {
				if (is_ascii(t))
					i--;
				dec_error(o);
			}
		} else {
			dec_error(o);
		}
	}
}

/* The byte after an EUC-JP lead: one character or one error. */
static size_t
euc_jp_pair(const unsigned char *in, size_t len, size_t i, unsigned lead, struct dec_out *o)
{
	int jis0212 = 0;
	unsigned b;
	unsigned cp = 0;

	if (i == len) {
		dec_error(o);
		return i;
	}
	b = in[i++];
	if (lead == 0x8E && b >= 0xA1 && b <= 0xDF) {
		dec_put(o, 0xFF61 - 0xA1 + b);
		return i;
	}
	if (lead == 0x8F && b >= 0xA1 && b <= 0xFE) {
		jis0212 = 1;
		lead = b;
		if (i == len) {
			dec_error(o);
			return i;
		}
		b = in[i++];
	}
	if (lead >= 0xA1 && lead <= 0xFE && b >= 0xA1 && b <= 0xFE) {
		unsigned p = (lead - 0xA1) * 94 + b - 0xA1;
		cp = jis0212 ? dec_index_jis0212(p) : dec_index_jis0208(p);
	}
	if (cp) {
		dec_put(o, cp);
		return i;
	}
	if (is_ascii(b))
		i--;
	dec_error(o);
	return i;
}

void
dec_euc_jp(const unsigned char *in, size_t len, struct dec_out *o)
{
	size_t i = 0;

	while (i < len) {
		unsigned b = in[i++];

		if (is_ascii(b))
			dec_put(o, b);
		else if (b == 0x8E || b == 0x8F || (b >= 0xA1 && b <= 0xFE))
			i = euc_jp_pair(in, len, i, b, o);
		else
			dec_error(o);
	}
}

/* ISO-2022-JP: the states of the standard's decoder. */
enum iso_state { ISO_ASCII, ISO_ROMAN, ISO_KATAKANA, ISO_LEAD, ISO_TRAIL, ISO_ESC_START, ISO_ESC };

struct iso2022 {
	enum iso_state state, output_state;
	unsigned lead;
	int output_flag;
};

/* The escape state: the two bytes after ESC are lead, b.  Returns 1 when b
 * was consumed, 0 when lead and b must be decoded again. */
static int
iso_escape(struct iso2022 *s, unsigned lead, unsigned b, struct dec_out *o)
{
	int next = -1;

	if (lead == 0x28 && b == 0x42)
		next = ISO_ASCII;
	else if (lead == 0x28 && b == 0x4A)
		next = ISO_ROMAN;
	else if (lead == 0x28 && b == 0x49)
		next = ISO_KATAKANA;
	else if (lead == 0x24 && (b == 0x40 || b == 0x42))
		next = ISO_LEAD;
	if (next >= 0) {
		s->state = s->output_state = (enum iso_state)next;
		if (s->output_flag)
			dec_error(o); /* two escapes with nothing between */
		s->output_flag = 1;
		return 1;
	}
	s->output_flag = 0;
	s->state = s->output_state;
	dec_error(o);
	return 0;
}

/* One byte in a character state (not the escape states). */
static void
iso_char(struct iso2022 *s, unsigned b, struct dec_out *o)
{
	if (b == 0x1B) {
		if (s->state == ISO_TRAIL) {
			s->state = ISO_ESC_START;
			dec_error(o);
			return;
		}
		s->state = ISO_ESC_START;
		return;
	}
	s->output_flag = 0;
	switch (s->state) {
	case ISO_ASCII:
	case ISO_ROMAN:
		if (b >= 0x80 || b == 0x0E || b == 0x0F)
			dec_error(o);
		else if (s->state == ISO_ROMAN && b == 0x5C)
			dec_put(o, 0xA5);
		else if (s->state == ISO_ROMAN && b == 0x7E)
			dec_put(o, 0x203E);
		else
			dec_put(o, b);
		break;
	case ISO_KATAKANA:
		if (b >= 0x21 && b <= 0x5F)
			dec_put(o, 0xFF61 - 0x21 + b);
		else
			dec_error(o);
		break;
	case ISO_LEAD:
		if (b >= 0x21 && b <= 0x7E) {
			s->lead = b;
			s->state = ISO_TRAIL;
		} else {
			dec_error(o);
		}
		break;
	case ISO_TRAIL: {
		unsigned cp = 0;
		s->state = ISO_LEAD;
		if (b >= 0x21 && b <= 0x7E)
			cp = dec_index_jis0208((s->lead - 0x21) * 94 + b - 0x21);
		if (cp)
			dec_put(o, cp);
		else
			dec_error(o);
		break;
	}
	default:
		break;
	}
}

void
dec_iso2022jp(const unsigned char *in, size_t len, struct dec_out *o)
{
	struct iso2022 s = { ISO_ASCII, ISO_ASCII, 0, 0 };
	size_t i = 0;

	while (i < len) {
		unsigned b = in[i++];

		if (s.state == ISO_ESC_START) {
			if (b == 0x24 || b == 0x28) {
				s.lead = b;
				s.state = ISO_ESC;
			} else {
				i--; /* decode b again in the output state */
				s.output_flag = 0;
				s.state = s.output_state;
				dec_error(o);
			}
		} else if (s.state == ISO_ESC) {
			if (!iso_escape(&s, s.lead, b, o))
				i -= 2; /* lead and b again */
		} else {
			iso_char(&s, b, o);
		}
	}
	/* End of input. */
	switch (s.state) {
	case ISO_TRAIL:     /* half a character */
	case ISO_ESC_START: /* a lone ESC */
		dec_error(o);
		break;
	case ISO_ESC:
		/* The lead ($ or () is decoded again in the output state. */
		s.output_flag = 0;
		s.state = s.output_state;
		dec_error(o);
		{
			unsigned char lead = (unsigned char)s.lead;
			iso_char(&s, lead, o);
		}
		/* It cannot open a new state: ( and $ are plain characters. */
		if (s.state == ISO_TRAIL)
			dec_error(o);
		break;
	default:
		break;
	}
}
