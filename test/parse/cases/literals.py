# numbers
0; 7; 1_000_000; 0x_FF; 0o17; 0b1010_1010; 0XAB; 123456789012345678901234567890
1.5; 1.; .5; 1e10; 1E-5; 1e16; 1e15; 0.0001; 0.00001; 1_0.0_1e+1_0; 1e400; 0.1 + 0.2
1j; 2.5J; 1e16j; 0j; 1_0j; 3.14e-10j
# strings
'a'; "b"; '''c
d'''; """e"""; 'it\'s'; "say \"hi\""; 'mixed \' and "'
'\n\t\r\\\a\b\f\v\0\x41\101\u00e9\U0001F600'
r'\n\d'; R"raw\\"; rb'\x00'; Br"x"; u'kind'; U'big u'
b'bytes\x00\xff\n'; b"\'\""; b'a' b'b'
'implicit' "concat" '''across'''
'line\
continued'
'\N{EM DASH}\N{LATIN SMALL LETTER E WITH ACUTE}'
'\ud83d\ude00'; '\ud800'; 'é€😀'; '\x7f\x80\xa0\u2028'
'unknown \q escape'
...; None; True; False
u'a' 'b'; 'a' u'b'
