s = "héllo wörld €"
for e in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'strict', 'bogus', 'surrogateescape']:
    for codec in ['ascii', 'latin-1', 'utf-8']:
        try:
            print(e, codec, s.encode(codec, e))
        except Exception as x:
            print(e, codec, type(x).__name__, x)
print('\U0001f600x\u1234'.encode('ascii', 'backslashreplace'))
print('a\udc80\udcffb'.encode('utf-8', 'surrogateescape'))
print('a\ud800b'.encode('utf-8', 'surrogatepass'))
print('a\ud800b'.encode('latin-1', 'backslashreplace'))
try:
    'a\udc80\udcffb\ud800'.encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as x:
    print(x)
print(bytes('naïve', 'ascii', 'ignore'), bytearray('naïve', 'ascii', 'replace'))
for b in [b'caf\xe9 \xff ok', b'\xe2\x82x', b'\xe2\x82', b'\xf0\x9f\x98', b'a\xed\xa0\x80b', b'plain']:
    for e in ['strict', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'ignore', 'bogus', 'xmlcharrefreplace']:
        for codec in ['utf-8', 'ascii']:
            try:
                print(e, codec, repr(b.decode(codec, e)))
            except Exception as x:
                print(e, codec, type(x).__name__, x)
print(str(b'\xffabc', 'utf-8', 'replace'), str(b'\xff', errors='backslashreplace'))
print(repr(b'\xe9t\xe9'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape')))
print('x'.encode(errors='replace'), b'y'.decode(errors='ignore'))
