using System.Text;
using CaseGraph.Core.Corpus;

namespace CaseGraph.Core.Tests;

public class StrictUtf8Tests
{
    [Fact]
    public void Valid_text_is_decoded_without_its_byte_order_mark() =>
        Assert.Equal(new StrictUtf8.Result("año\n", null, 0), StrictUtf8.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("año\n")]));

    [Fact]
    public void Invalid_bytes_give_no_text_but_their_offset_in_the_file_and_their_line()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\n\"a\": \"b"), 0xFF, .. Encoding.UTF8.GetBytes("\"}")];

        Assert.Equal(new StrictUtf8.Result(null, 12, 2), StrictUtf8.Decode(bytes));
    }

    [Fact]
    public void A_sequence_cut_off_at_the_end_is_invalid() =>
        Assert.Equal(new StrictUtf8.Result(null, 2, 1), StrictUtf8.Decode([0x61, 0x62, 0xC3]));
}
