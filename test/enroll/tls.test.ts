    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
H    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
7    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
5    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
9    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
5    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
6    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
3    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
5    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
6    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
\    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
\    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
K    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
\    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
7    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
\    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
5    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
9    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
3    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
`    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
V    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
M    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
?    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
?    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
`    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
7    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
3    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
3    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
3    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
3    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
7    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
6    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
B    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
5    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
8    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
X    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
M    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
V    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
3    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
5    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
6    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
V    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
4    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
3    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
?    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
B    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
|    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
<    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
7    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
B    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
B    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
!    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
B    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
`    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
H    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
$    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
?    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
`    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
3    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
[    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
k    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
-    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
]    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
<    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
\    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
\    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
\    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
<    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
\    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
V    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
q    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
J    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
B    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
G    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
Y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
|    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
G    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
|    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
B    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
V    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
Y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
G    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
V    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
V    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
F    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
A    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
@    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
V    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
J    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
x    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
`    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
$    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
$    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
`    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
V    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
I    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
|    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
|    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
N    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
U    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
D    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
_    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
R    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
C    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
H    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
L    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
g    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
j    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
`    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
7    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
1    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
$    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
/    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
`    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
m    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
:    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
O    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
S    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
b    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
y    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
c    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
f    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
2    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
0    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
p    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
l    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
i    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
H    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
T    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
P    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
v    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
.    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
{    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
h    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
E    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
o    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
a    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
n    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
s    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
w    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
d    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
'    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
,    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
(    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
=    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
>    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
t    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
r    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
u    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
e    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
     // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
)    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
;    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
}    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));

    // Plain HTTP on the TLS port: the handshake fails, nothing is answered.
    await assert.rejects(fetch(`http://127.0.0.1:${port}/enroll`, { method: 'POST', body }));
