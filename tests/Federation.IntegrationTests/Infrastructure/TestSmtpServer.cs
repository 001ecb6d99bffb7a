using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// Just enough of an SMTP server on 127.0.0.1 for a real client to hold a real conversation
/// with it (EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT), keeping every message it
/// accepted. While <see cref="RefuseRecipients"/> is set it answers RCPT TO with a 550, as a
/// server that does not know the mailbox would. It offers no extensions, so the client sends
/// 7-bit messages and no TLS.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<ReceivedMail> received = new();
    private readonly ConcurrentBag<Task> conversations = [];
    private readonly Task accepting;
    private volatile bool refuseRecipients;
    private int refusals;

    public TestSmtpServer()
    {
        listener.Start();
        accepting = Accept();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public bool RefuseRecipients
    {
        get => refuseRecipients;
        set => refuseRecipients = value;
    }

    public IReadOnlyList<ReceivedMail> Received => received.ToArray();

    /// <summary>How many RCPT TO it refused, to tell "refused" from "never asked".</summary>
    public int Refusals => refusals;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        await Task.WhenAll(conversations);
        stopping.Dispose();
    }

    private async Task Accept()
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                conversations.Add(Converse(client));
            }
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private async Task Converse(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        // Latin-1 maps bytes to characters one to one, so the message is kept byte for byte.
        using var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        string? from = null;
        var to = new List<string>();
        try
        {
            await writer.WriteLineAsync("220 127.0.0.1 test SMTP ready");
            while (await reader.ReadLineAsync(stopping.Token) is { } line)
            {
                switch (line.Split(' ', 2)[0].ToUpperInvariant())
                {
                    case "EHLO":
                    case "HELO":
                        await writer.WriteLineAsync("250 127.0.0.1");
                        break;
                    case "MAIL":
                        from = Address(line);
                        to.Clear();
                        await writer.WriteLineAsync("250 2.1.0 sender ok");
                        break;
                    case "RCPT" when from is null:
                        await writer.WriteLineAsync("503 5.5.1 MAIL FROM first");
                        break;
                    case "RCPT" when RefuseRecipients:
                        Interlocked.Increment(ref refusals);
                        await writer.WriteLineAsync("550 5.1.1 mailbox unavailable");
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await writer.WriteLineAsync("250 2.1.5 recipient ok");
                        break;
                    case "DATA" when to.Count == 0:
                        await writer.WriteLineAsync("503 5.5.1 no valid recipients");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var data = await ReadData(reader);
                        received.Enqueue(new ReceivedMail(from!, to.ToList(), Encoding.Latin1.GetBytes(data)));
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 2.0.0 queued");
                        break;
                    case "RSET":
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 2.0.0 reset");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 ok");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 command not implemented");
                        break;
                }
            }
        }
        catch (Exception ended) when (ended is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    /// <summary>The message up to the line holding a single dot, with the client's dot-stuffing undone.</summary>
    private async Task<string> ReadData(StreamReader reader)
    {
        var message = new StringBuilder();
        while (await reader.ReadLineAsync(stopping.Token) is { } line && line != ".")
            message.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        return message.ToString();
    }

    /// <summary>"MAIL FROM:&lt;a@b&gt; BODY=7BIT" gives a@b.</summary>
    private static string Address(string command)
    {
        var start = command.IndexOf('<');
        var end = command.IndexOf('>', start + 1);
        return start < 0 || end < 0 ? "" : command[(start + 1)..end];
    }
}

/// <summary>One message as the server accepted it: the envelope and the raw message.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, byte[] Data)
{
    public MimeMessage Message => MimeMessage.Load(new MemoryStream(Data));
}
