# math functions over many arguments, compared digit for digit with CPython (glibc's libm).
import math
vals = [0.007691183586957771, 0.05468673020412376, 7.400063390597016e-06, 0.02444933228376619, 82499.01393833857, -2.8180448535883685e-06, 0.10424754024585686, -1.2261854547220426e-05, 5.120661559999334e-06, 234097.3020330611, -8.418512932802102, 3.93615109101129e-06, 3.6223646535144982e-06, 0.0029875242280055776, -3.0777307693956644, 5.285515176292752, 1.724521246414299e-05, 0.029428661711393418, 5.921333439935922, -0.9056782565512949, -2121.9996101117194, -10.635119204613606, 0.021826709652900296, 3408.425283912581, -9.59975456251691e-06, -2.006125257190469, -566.6872914811869, 20.300569823272482, -2.6108945942831204e-05, -9.539931223042465e-05, -6.665218881355961e-05, -1495.7203226932866, -0.012063361607584979, -13.565584947422794, 6.685830973748893e-06, -216856.8481266373, 231.47538436871588, -5.346051414404397e-06, -58.28358461518828, -0.002601036131635939, -44104.56132736824, -1.8653276877352383e-06, 0.018431866426884318, 0.8400708877101264, 1654.9918585150965, -725.0376429722528, -0.049135619681932675, -9.267777834243824e-06, -0.06602844598084079, -39866.29878196773, -23324.569480317532, -299.7509125747946, -155.839200918036, 311010.06753992516, 9.904130085377171e-06, 0.0006074106493117265, 1.3955863663612033e-06, 0.0014221959304193817, -5.599080473538109e-05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.5, 2.0, 3.0, 10.0, 100.0, -0.1, -0.5, -2.5, 1e-05, -1e-07, 0.9, 0.99, 1.01, 50.0, -50.0, 0.25, 0.75]
small = [0.007691183586957771, 0.05468673020412376, 7.400063390597016e-06, 0.02444933228376619, -2.8180448535883685e-06, 0.10424754024585686, -1.2261854547220426e-05, 5.120661559999334e-06, 3.93615109101129e-06, 3.6223646535144982e-06, 0.0029875242280055776, 1.724521246414299e-05, 0.029428661711393418, -0.9056782565512949, 0.021826709652900296, -9.59975456251691e-06, -2.6108945942831204e-05, -9.539931223042465e-05, -6.665218881355961e-05, -0.012063361607584979, 6.685830973748893e-06, -5.346051414404397e-06, -0.002601036131635939, -1.8653276877352383e-06, 0.018431866426884318, 0.8400708877101264, -0.049135619681932675, -9.267777834243824e-06, -0.06602844598084079, 9.904130085377171e-06, 0.0006074106493117265, 1.3955863663612033e-06, 0.0014221959304193817, -5.599080473538109e-05, 0.1, 0.2, 0.3, 0.5, 0.7, -0.1, -0.5, 1e-05, -1e-07, 0.9, 0.99, 0.25, 0.75]
pos = []
big = []
mid = []
for v in vals:
    pos.append(math.fabs(v))
    if math.fabs(v) >= 1:
        big.append(math.fabs(v))
    if math.fabs(v) < 700:
        mid.append(v)
out = []
for v in mid:
    if 'exp' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.exp(v))
print('exp', out)
out = []
for v in mid:
    if 'expm1' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.expm1(v))
print('expm1', out)
out = []
for v in pos:
    if 'log' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.log(v))
print('log', out)
out = []
for v in pos:
    if 'log2' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.log2(v))
print('log2', out)
out = []
for v in pos:
    if 'log10' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.log10(v))
print('log10', out)
out = []
for v in pos:
    if 'log1p' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.log1p(v))
print('log1p', out)
out = []
for v in vals:
    if 'sin' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.sin(v))
print('sin', out)
out = []
for v in vals:
    if 'cos' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.cos(v))
print('cos', out)
out = []
for v in vals:
    if 'tan' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.tan(v))
print('tan', out)
out = []
for v in vals:
    if 'atan' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.atan(v))
print('atan', out)
out = []
for v in small:
    if 'asin' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.asin(v))
print('asin', out)
out = []
for v in small:
    if 'acos' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.acos(v))
print('acos', out)
out = []
for v in mid:
    if 'sinh' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.sinh(v))
print('sinh', out)
out = []
for v in mid:
    if 'cosh' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.cosh(v))
print('cosh', out)
out = []
for v in vals:
    if 'tanh' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.tanh(v))
print('tanh', out)
out = []
for v in vals:
    if 'asinh' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.asinh(v))
print('asinh', out)
out = []
for v in big:
    if 'acosh' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.acosh(v))
print('acosh', out)
out = []
for v in small:
    if 'atanh' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.atanh(v))
print('atanh', out)
out = []
for v in pos:
    if 'sqrt' == 'atanh' and math.fabs(v) == 1:
        continue
    out.append(math.sqrt(v))
print('sqrt', out)
out = []
for v in vals:
    for w in vals[:10]:
        out.append(math.atan2(v, w))
print('atan2', out)
out = []
for v in pos[:20]:
    v = min(v, 1e3)
    for w in vals[:10]:
        out.append(math.pow(v, max(min(w, 30), -30)))
print('pow', out)
out = []
for v in vals[:20]:
    for w in vals[:10]:
        out.append(math.hypot(v, w))
print('hypot', out)
# huge arguments (exact reduction by 2/pi)
for x in [1e22, 1e300, -1e15, 2.0**60, 1.7976931348623157e308, 268435456.0, 3e8, -5e9, 123456789012.345, 6.2831853e10, 1e18 + 12345678, 9.5e53]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
